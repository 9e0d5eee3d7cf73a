import { toBase64 } from '@smithy/core/serde';
import type { ListPlan, MapPlan, ScalarPlan, ShapePlan, StructurePlan } from '../../model/shape-plan';
import { escapeXmlText } from './escape-xml-text';
import type { XmlText } from './xml-text';

/** Smithy timestamp schema ids that are not ISO 8601 date-time. */
const HTTP_DATE = 6;
const EPOCH_SECONDS = 7;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}

function mismatch(name: string, expected: string, value: unknown): Error {
  return new Error(`output element <${name}>: expected ${expected}, got ${Array.isArray(value) ? 'array' : typeof value}`);
}

function timestampText(plan: ScalarPlan, value: unknown, name: string): string {
  // Services hand out Dates; epoch milliseconds and ISO strings are taken as the same instant.
  const date = value instanceof Date ? value : typeof value === 'number' || typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw mismatch(name, 'a timestamp', value);
  if (plan.timestampFormat === HTTP_DATE) return date.toUTCString();
  if (plan.timestampFormat === EPOCH_SECONDS) return String(date.getTime() / 1000);
  return date.toISOString();
}

function scalarText(plan: ScalarPlan, value: unknown, name: string): string {
  switch (plan.kind) {
    case 'string':
    case 'document':
      if (typeof value === 'object') throw mismatch(name, 'a string', value);
      return escapeXmlText(String(value));
    case 'number':
    case 'bigInteger':
    case 'bigDecimal':
      if (typeof value !== 'number' && typeof value !== 'bigint') throw mismatch(name, 'a number', value);
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch(name, 'a boolean', value);
      return value ? 'true' : 'false';
    case 'timestamp':
      return timestampText(plan, value, name);
    case 'blob':
      if (!(value instanceof Uint8Array) && typeof value !== 'string') throw mismatch(name, 'bytes', value);
      return toBase64(value);
    case 'unit':
      return '';
  }
}

function writeList(plan: ListPlan, value: unknown, name: string, flattened: boolean, out: XmlText): void {
  if (!Array.isArray(value)) throw mismatch(name, 'an array', value);
  if (flattened) {
    for (const item of value) if (item != null) writeXmlElement(plan.item, item, name, false, out);
    return;
  }
  if (value.length === 0) {
    out.push(`<${name}/>`);
    return;
  }
  const itemName = plan.itemXmlName ?? 'member';
  out.push(`<${name}>`);
  for (const item of value) if (item != null) writeXmlElement(plan.item, item, itemName, false, out);
  out.push(`</${name}>`);
}

function writeMap(plan: MapPlan, value: unknown, name: string, flattened: boolean, out: XmlText): void {
  if (!isRecord(value)) throw mismatch(name, 'an object', value);
  const keyName = plan.keyXmlName ?? 'key';
  const valueName = plan.valueXmlName ?? 'value';
  const entryName = flattened ? name : 'entry';
  if (!flattened) out.push(`<${name}>`);
  for (const [key, entry] of Object.entries(value)) {
    if (entry == null) continue;
    out.push(`<${entryName}><${keyName}>${escapeXmlText(key)}</${keyName}>`);
    writeXmlElement(plan.value, entry, valueName, false, out);
    out.push(`</${entryName}>`);
  }
  if (!flattened) out.push(`</${name}>`);
}

/** A structure's members in model order, each in its XML name; absent (`undefined`/`null`) members are left out. */
export function writeXmlMembers(plan: StructurePlan, value: Readonly<Record<string, unknown>>, out: XmlText): void {
  for (const member of plan.members) {
    const memberValue = value[member.name];
    if (memberValue == null) continue;
    writeXmlElement(member.shape, memberValue, member.xmlName ?? member.name, member.xmlFlattened, out);
  }
}

/**
 * One value as the SDK's XML reader expects it (the same rules for awsQuery and ec2Query bodies):
 * lists wrap items in their member's xmlName (`<TagList><Tag>`, `<subnetSet><item>`, else
 * `<member>`), maps in `<entry><key/><value/></entry>`, timestamps ISO 8601 with milliseconds.
 * A value whose type contradicts the model is a service bug and throws a plain `Error`.
 */
export function writeXmlElement(plan: ShapePlan, value: unknown, name: string, flattened: boolean, out: XmlText): void {
  switch (plan.kind) {
    case 'structure':
      if (!isRecord(value)) throw mismatch(name, 'an object', value);
      out.push(`<${name}>`);
      writeXmlMembers(plan, value, out);
      out.push(`</${name}>`);
      return;
    case 'list':
      writeList(plan, value, name, flattened, out);
      return;
    case 'map':
      writeMap(plan, value, name, flattened, out);
      return;
    case 'unit':
      return;
    default:
      out.push(`<${name}>${scalarText(plan, value, name)}</${name}>`);
  }
}
