import type { NormalizedSchema } from '@smithy/core/schema';
import type { CliCall } from '../../../src/cli/cli-host';
import { serviceModel } from '../../../src/engine/model/service-model';

/**
 * Our emulator's `CliCall` (an SDK-shaped input) put in the form the real CLI's serializer sends,
 * so the two can be compared: awsQuery / ec2Query form parameters, or an awsJson body.
 */
export type WireForm = Record<string, string>;
export type WireProtocol = 'query' | 'ec2' | 'json';

type ValueKind = 'number' | 'timestamp';

/** Form parameters, with the keys whose values are numbers or timestamps (compared by value, not text). */
export interface QueryWireForm {
  readonly form: WireForm;
  readonly kinds: ReadonlyMap<string, ValueKind>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function inputSchema(call: CliCall): NormalizedSchema {
  const operation = serviceModel(call.service).operations.get(call.operation);
  if (!operation) throw new Error(`no operation ${call.service}.${call.operation} in the SDK model`);
  return operation.input;
}

function capitalize(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** The form an awsQuery (`ec2` false) or ec2Query serializer builds from the call's input. */
export function queryWireForm(call: CliCall, ec2: boolean): QueryWireForm {
  const form: WireForm = { Action: call.operation };
  const kinds = new Map<string, ValueKind>();
  flatten(call.input, inputSchema(call), '', ec2, form, kinds);
  return { form, kinds };
}

function flatten(value: unknown, schema: NormalizedSchema, prefix: string, ec2: boolean, out: WireForm, kinds: Map<string, ValueKind>): void {
  if (value === undefined || value === null) return;
  if (schema.isStructSchema()) {
    for (const [name, member] of schema.structIterator()) {
      const traits = member.getMergedTraits() as { xmlName?: string; ec2QueryName?: string };
      const key = ec2 ? (traits.ec2QueryName ?? (traits.xmlName ? capitalize(traits.xmlName) : name)) : name;
      flatten((value as Record<string, unknown>)[name], member, prefix ? `${prefix}.${key}` : key, ec2, out, kinds);
    }
    return;
  }
  if (schema.isListSchema()) {
    const list = value as unknown[];
    const memberSchema = schema.getValueSchema();
    const memberName = (memberSchema.getMergedTraits() as { xmlName?: string }).xmlName ?? 'member';
    // awsQuery says an empty list with an empty value; ec2Query leaves it out.
    if (list.length === 0 && !ec2) out[prefix] = '';
    list.forEach((item, i) => flatten(item, memberSchema, ec2 ? `${prefix}.${i + 1}` : `${prefix}.${memberName}.${i + 1}`, ec2, out, kinds));
    return;
  }
  if (schema.isMapSchema()) {
    // awsQuery maps: Prefix.entry.N.key / Prefix.entry.N.value (no map in the EC2 inputs the tests use).
    Object.entries(value as Record<string, unknown>).forEach(([key, item], i) => {
      out[`${prefix}.entry.${i + 1}.key`] = key;
      flatten(item, schema.getValueSchema(), `${prefix}.entry.${i + 1}.value`, ec2, out, kinds);
    });
    return;
  }
  if (schema.isNumericSchema()) kinds.set(prefix, 'number');
  if (schema.isTimestampSchema()) kinds.set(prefix, 'timestamp');
  out[prefix] = value instanceof Date ? value.toISOString() : String(value);
}

function canonicalValue(value: string, kind: ValueKind | undefined): string {
  if (UUID.test(value)) return '<uuid>';
  // Python's str() spells infinities `inf` and `-inf`.
  if (kind === 'number') return String(value === 'inf' ? Infinity : value === '-inf' ? -Infinity : Number(value));
  if (kind === 'timestamp' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return value;
}

/**
 * Both forms ready for `toEqual`: `Version` left out (the SDK's schemas do not carry it), numbers
 * and timestamps by value (the CLI sends `16.0` and `...Z` where the SDK shape has 16 and a Date),
 * UUIDs masked (the CLI fills idempotency tokens with random ones). The kinds come from our side's
 * schema walk; a key only one side has stays as it is and fails the comparison.
 */
export function comparableForms(ours: QueryWireForm, real: WireForm): { ours: WireForm; real: WireForm } {
  const canonical = (form: WireForm): WireForm =>
    Object.fromEntries(
      Object.entries(form)
        .filter(([key]) => key !== 'Version')
        .map(([key, value]) => [key, canonicalValue(value, ours.kinds.get(key))]),
    );
  return { ours: canonical(ours.form), real: canonical(real) };
}

/** The awsJson body the call's input serializes to: model members only, timestamps in epoch seconds, blobs in base64. */
export function jsonWireBody(call: CliCall): unknown {
  return toJson(call.input, inputSchema(call));
}

function toJson(value: unknown, schema: NormalizedSchema): unknown {
  if (value === undefined || value === null) return undefined;
  if (schema.isStructSchema()) {
    const out: Record<string, unknown> = {};
    for (const [name, member] of schema.structIterator()) {
      const converted = toJson((value as Record<string, unknown>)[name], member);
      if (converted !== undefined) out[name] = converted;
    }
    return out;
  }
  if (schema.isListSchema()) return (value as unknown[]).map((item) => toJson(item, schema.getValueSchema()) ?? null);
  if (schema.isMapSchema()) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toJson(item, schema.getValueSchema()) ?? null]));
  }
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'string' && UUID.test(value)) return '<uuid>';
  return value;
}

/** The real CLI's JSON body with its UUIDs masked as `jsonWireBody` masks ours. */
export function comparableJsonBody(body: unknown): unknown {
  if (typeof body === 'string') return UUID.test(body) ? '<uuid>' : body;
  if (Array.isArray(body)) return body.map(comparableJsonBody);
  if (body !== null && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([key, item]) => [key, comparableJsonBody(item)]));
  }
  return body;
}
