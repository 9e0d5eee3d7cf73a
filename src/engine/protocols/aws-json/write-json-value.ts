import { toBase64 } from '@smithy/core/serde';
import { isoTimestamp } from '../iso-timestamp';
import type { ListPlan, MapPlan, ScalarPlan, ShapePlan, StructurePlan } from '../../model/shape-plan';

/** Smithy timestamp schema ids that are not epoch seconds (the JSON protocols' default). */
const DATE_TIME = 5;
const HTTP_DATE = 6;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}

function mismatch(path: string, expected: string, value: unknown): Error {
  return new Error(`output member ${path}: expected ${expected}, got ${Array.isArray(value) ? 'array' : typeof value}`);
}

function timestampJson(plan: ScalarPlan, value: unknown, path: string): number | string {
  // Services hand out Dates; epoch milliseconds and ISO strings are taken as the same instant.
  const date = value instanceof Date ? value : typeof value === 'number' || typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw mismatch(path, 'a timestamp', value);
  if (plan.timestampFormat === DATE_TIME) return isoTimestamp(date.getTime());
  if (plan.timestampFormat === HTTP_DATE) return date.toUTCString();
  return date.getTime() / 1000;
}

function numberJson(value: unknown, path: string): number | string {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'number') throw mismatch(path, 'a number', value);
  // JSON has no NaN or Infinity; Smithy's JSON protocols send them as strings.
  return Number.isFinite(value) ? value : String(value);
}

function scalarJson(plan: ScalarPlan, value: unknown, path: string): unknown {
  switch (plan.kind) {
    case 'string':
      if (typeof value === 'object') throw mismatch(path, 'a string', value);
      return String(value);
    case 'number':
    case 'bigInteger':
    case 'bigDecimal':
      return numberJson(value, path);
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch(path, 'a boolean', value);
      return value;
    case 'timestamp':
      return timestampJson(plan, value, path);
    case 'blob':
      if (!(value instanceof Uint8Array) && typeof value !== 'string') throw mismatch(path, 'bytes', value);
      return toBase64(value);
    case 'document':
      return value;
    case 'unit':
      return undefined;
  }
}

function listJson(plan: ListPlan, value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw mismatch(path, 'an array', value);
  const out: unknown[] = [];
  value.forEach((item: unknown, i) => {
    if (item != null) out.push(toJsonValue(plan.item, item, `${path}[${i}]`));
  });
  return out;
}

function mapJson(plan: MapPlan, value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw mismatch(path, 'an object', value);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry == null) continue;
    Object.defineProperty(out, key, { value: toJsonValue(plan.value, entry, `${path}.${key}`), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A structure's members in model order; absent (`undefined`/`null`) members are left out. */
export function structureJson(plan: StructurePlan, value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw mismatch(path, 'an object', value);
  const out: Record<string, unknown> = {};
  for (const member of plan.members) {
    const memberValue = value[member.name];
    if (memberValue == null) continue;
    out[member.name] = toJsonValue(member.shape, memberValue, path === '' ? member.name : `${path}.${member.name}`);
  }
  return out;
}

/**
 * One output value as the JSON protocols carry it (the value `JSON.stringify` then writes):
 * timestamps as epoch seconds unless the model says otherwise, blobs base64, members under their
 * model names. A value whose type contradicts the model is a service bug and throws a plain `Error`.
 */
export function toJsonValue(plan: ShapePlan, value: unknown, path: string): unknown {
  switch (plan.kind) {
    case 'structure':
      return structureJson(plan, value, path);
    case 'list':
      return listJson(plan, value, path);
    case 'map':
      return mapJson(plan, value, path);
    default:
      return scalarJson(plan, value, path);
  }
}
