import { NormalizedSchema } from '@smithy/core/schema';
import { expect } from 'vitest';
import { serviceModel } from '../../../../src/engine/model/service-model';
import type { ServiceName } from '../../../../src/engine/service-name';

/**
 * Walks a value against a schema from the SDK model and collects every member that is not in
 * the shape, or whose type is wrong (string, number, boolean, timestamp, list, structure).
 */
function problems(schema: NormalizedSchema, value: unknown, path: string, out: string[]): void {
  if (value === undefined) return;
  if (schema.isStructSchema()) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.push(`${path}: expected a structure`);
      return;
    }
    const members = new Map<string, NormalizedSchema>();
    for (const [name, member] of schema.structIterator()) members.set(name, member);
    for (const [key, child] of Object.entries(value)) {
      const member = members.get(key);
      if (!member) out.push(`${path}.${key}: not a member of ${schema.getName() ?? 'structure'}`);
      else problems(member, child, `${path}.${key}`, out);
    }
  } else if (schema.isListSchema()) {
    if (!Array.isArray(value)) out.push(`${path}: expected a list`);
    else value.forEach((item, i) => problems(schema.getValueSchema(), item, `${path}[${i}]`, out));
  } else if (schema.isMapSchema()) {
    if (typeof value !== 'object' || value === null) out.push(`${path}: expected a map`);
  } else if (schema.isTimestampSchema()) {
    if (!(value instanceof Date)) out.push(`${path}: expected a Date`);
  } else if (schema.isBooleanSchema()) {
    if (typeof value !== 'boolean') out.push(`${path}: expected a boolean`);
  } else if (schema.isNumericSchema()) {
    if (typeof value !== 'number') out.push(`${path}: expected a number`);
  } else if (schema.isStringSchema()) {
    if (typeof value !== 'string') out.push(`${path}: expected a string`);
  }
}

export function expectConformsToOutput(service: ServiceName, operation: string, output: unknown): void {
  const model = serviceModel(service).operations.get(operation);
  if (!model) throw new Error(`no operation ${operation}`);
  const found: string[] = [];
  problems(model.output, output, operation, found);
  expect(found).toEqual([]);
}
