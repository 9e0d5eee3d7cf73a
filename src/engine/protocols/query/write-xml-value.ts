import { toBase64 } from '@smithy/core/serde';
import type { ListPlan, MapPlan, ScalarPlan, ShapePlan, StructurePlan } from '../../model/shape-plan';
import { isoTimestamp } from '../iso-timestamp';
import { escapeXmlText } from './escape-xml-text';
import type { XmlText } from './xml-text';

/** Smithy timestamp schema ids that are not ISO 8601 date-time. */
const HTTP_DATE = 6;
const EPOCH_SECONDS = 7;

/** Writes one value as an element whose name (and so its tags) was fixed when the writer was compiled. */
type ElementWriter = (value: unknown, out: XmlText) => void;
type MembersWriter = (value: Readonly<Record<string, unknown>>, out: XmlText) => void;

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
  return isoTimestamp(date.getTime());
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

const membersWriters = new WeakMap<StructurePlan, MembersWriter>();

/** Member names that can be written as `value.Name` in generated code (every AWS member name is). */
const PLAIN_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The members of one structure written in model order. Where every member name is a plain
 * identifier, the loop is unrolled into generated code reading `value.Name` for each member: each
 * read then has its own inline cache, and the objects a service renders of one shape share a hidden
 * class, so each is one memory load instead of a keyed lookup (a cluster has ~90 members in the
 * model; keyed reads of them were the largest single cost of writing a Describe answer).
 */
function compileMembers(names: readonly string[], writers: readonly ElementWriter[]): MembersWriter {
  if (!names.every((name) => PLAIN_IDENTIFIER.test(name))) {
    return (value, out) => {
      for (let i = 0; i < names.length; i++) {
        const memberValue = value[names[i]];
        if (memberValue != null) writers[i](memberValue, out);
      }
    };
  }
  const body = names.map((name, i) => `m = value.${name}; if (m != null) w[${i}](m, out);`).join('\n');
  return new Function('w', `return function writeMembers(value, out) {\nlet m;\n${body}\n};`)(writers) as MembersWriter;
}

/**
 * The writer of a structure's members, compiled on first use (by then a recursive shape's plan has
 * all its members) and kept per plan: each member's tags are built once, not per response.
 */
function membersWriterOf(plan: StructurePlan): MembersWriter {
  let writer = membersWriters.get(plan);
  if (writer) return writer;
  let compiled: MembersWriter | undefined;
  writer = (value, out) => {
    compiled ??= compileMembers(
      plan.members.map((member) => member.name),
      plan.members.map((member) => elementWriter(member.shape, member.xmlName ?? member.name, member.xmlFlattened)),
    );
    compiled(value, out);
  };
  membersWriters.set(plan, writer);
  return writer;
}

function listWriter(plan: ListPlan, name: string, flattened: boolean): ElementWriter {
  if (flattened) {
    const writeItem = elementWriter(plan.item, name, false);
    return (value, out) => {
      if (!Array.isArray(value)) throw mismatch(name, 'an array', value);
      for (const item of value) if (item != null) writeItem(item, out);
    };
  }
  const empty = `<${name}/>`;
  const open = `<${name}>`;
  const close = `</${name}>`;
  const writeItem = elementWriter(plan.item, plan.itemXmlName ?? 'member', false);
  return (value, out) => {
    if (!Array.isArray(value)) throw mismatch(name, 'an array', value);
    if (value.length === 0) {
      out.push(empty);
      return;
    }
    out.push(open);
    for (const item of value) if (item != null) writeItem(item, out);
    out.push(close);
  };
}

function mapWriter(plan: MapPlan, name: string, flattened: boolean): ElementWriter {
  const keyName = plan.keyXmlName ?? 'key';
  const entryName = flattened ? name : 'entry';
  const entryOpen = `<${entryName}><${keyName}>`;
  const keyClose = `</${keyName}>`;
  const entryClose = `</${entryName}>`;
  const open = `<${name}>`;
  const close = `</${name}>`;
  const writeValue = elementWriter(plan.value, plan.valueXmlName ?? 'value', false);
  return (value, out) => {
    if (!isRecord(value)) throw mismatch(name, 'an object', value);
    if (!flattened) out.push(open);
    for (const key in value) {
      const entry = value[key];
      if (entry == null) continue;
      out.push(entryOpen + escapeXmlText(key) + keyClose);
      writeValue(entry, out);
      out.push(entryClose);
    }
    if (!flattened) out.push(close);
  };
}

function elementWriter(plan: ShapePlan, name: string, flattened: boolean): ElementWriter {
  switch (plan.kind) {
    case 'structure': {
      const open = `<${name}>`;
      const close = `</${name}>`;
      const writeMembers = membersWriterOf(plan);
      return (value, out) => {
        if (!isRecord(value)) throw mismatch(name, 'an object', value);
        out.push(open);
        writeMembers(value, out);
        out.push(close);
      };
    }
    case 'list':
      return listWriter(plan, name, flattened);
    case 'map':
      return mapWriter(plan, name, flattened);
    case 'unit':
      return () => undefined;
    default: {
      const open = `<${name}>`;
      const close = `</${name}>`;
      return (value, out) => out.push(open + scalarText(plan, value, name) + close);
    }
  }
}

/**
 * A structure's members in model order, each as the SDK's XML reader expects it (the same rules for
 * awsQuery and ec2Query bodies): in its XML name; absent (`undefined`/`null`) members left out;
 * lists wrap items in their member's xmlName (`<TagList><Tag>`, `<subnetSet><item>`, else
 * `<member>`), maps in `<entry><key/><value/></entry>`, timestamps ISO 8601 with milliseconds.
 * A value whose type contradicts the model is a service bug and throws a plain `Error`.
 */
export function writeXmlMembers(plan: StructurePlan, value: Readonly<Record<string, unknown>>, out: XmlText): void {
  membersWriterOf(plan)(value, out);
}
