import { fromBase64 } from '@smithy/core/serde';
import type { ListPlan, MapPlan, ScalarPlan, ShapePlan, StructurePlan } from '../../model/shape-plan';
import { conversionError, expectedContainerError, invalidBase64Error } from './json-request-errors';

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);
const BASE64_CHARACTER = /[^A-Za-z0-9+/=]|=[^=]/;

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeBlob(value: unknown): Uint8Array {
  if (typeof value !== 'string') throw conversionError(value, 'Blob');
  if (value.length % 4 !== 0) {
    throw invalidBase64Error(value, `Base64 encoded length is expected a multiple of 4 bytes but found: ${value.length}`);
  }
  const bad = BASE64_CHARACTER.exec(value);
  if (bad) throw invalidBase64Error(value, `Invalid Base64 character: '${bad[0][0]}'`);
  return fromBase64(value);
}

function decodeScalar(plan: ScalarPlan, value: unknown): unknown {
  switch (plan.kind) {
    case 'string':
      if (typeof value !== 'string') throw conversionError(value, 'String');
      return value;
    case 'number':
    case 'bigDecimal':
      // Smithy JSON sends the non-finite doubles as strings.
      if (typeof value === 'string' && NON_FINITE.has(value)) return Number(value);
      if (typeof value !== 'number') throw conversionError(value, 'Integer');
      return value;
    case 'bigInteger':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw conversionError(value, 'Integer');
      return BigInt(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw conversionError(value, 'Boolean');
      return value;
    case 'timestamp':
      // Every JSON client (SDKs, CLI, boto3) sends epoch seconds, possibly fractional.
      if (typeof value !== 'number') throw conversionError(value, 'Timestamp');
      return new Date(Math.round(value * 1000));
    case 'blob':
      return decodeBlob(value);
    case 'document':
      return value;
    case 'unit':
      return undefined;
  }
}

function decodeList(plan: ListPlan, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw expectedContainerError('list', value);
  return value.map((item) => (item === null ? null : decodeJsonValue(plan.item, item)));
}

function decodeMap(plan: MapPlan, value: unknown): Record<string, unknown> {
  if (!isJsonObject(value)) throw expectedContainerError('map', value);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null) continue;
    // defineProperty: a key named `__proto__` must stay data, not become the object's prototype.
    Object.defineProperty(out, key, { value: decodeJsonValue(plan.value, entry), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * A structure's members from a JSON object. As AWS's JSON front end does, members the model does
 * not name are ignored and `null` counts as absent.
 */
export function decodeJsonStructure(plan: StructurePlan, value: unknown): Record<string, unknown> {
  if (!isJsonObject(value)) throw expectedContainerError('structure', value);
  const out: Record<string, unknown> = {};
  for (const member of plan.members) {
    const memberValue = value[member.name];
    if (memberValue === undefined || memberValue === null) continue;
    out[member.name] = decodeJsonValue(member.shape, memberValue);
  }
  return out;
}

/**
 * One JSON value typed per the model: `Date`s from epoch seconds, bytes from base64, `bigint`s,
 * nested structures, lists and maps. A value of the wrong JSON type is a `SerializationException`.
 */
export function decodeJsonValue(plan: ShapePlan, value: unknown): unknown {
  switch (plan.kind) {
    case 'structure':
      return decodeJsonStructure(plan, value);
    case 'list':
      return decodeList(plan, value);
    case 'map':
      return decodeMap(plan, value);
    default:
      return decodeScalar(plan, value);
  }
}
