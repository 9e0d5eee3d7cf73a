import fc from 'fast-check';
import type { ShapePlan, StructurePlan } from '@/engine/model/shape-plan';

export interface ShapeArbitraryOptions {
  /** EC2's serializer omits empty lists, so they cannot round-trip there. */
  readonly allowEmptyLists: boolean;
  /** Members never to generate (client-side-only inputs that SDK middleware rewrites). */
  readonly skipMembers: ReadonlySet<string>;
  /** Nesting depth beyond which lists, maps and structures are no longer generated. */
  readonly maxDepth: number;
  /** Strings to generate (default: any Unicode text). */
  readonly text?: fc.Arbitrary<string>;
}

const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
// ISO 8601 as the SDK writes it has four-digit years only.
const timestamp = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

/**
 * Random values of a model shape, as a caller would hand them to the SDK: every member optional,
 * any Unicode text, integers and doubles, millisecond timestamps, bytes, nested lists and maps.
 * Undefined when nothing can be generated within the depth limit.
 */
function shapeArbitrary(plan: ShapePlan, options: ShapeArbitraryOptions, depth: number): fc.Arbitrary<unknown> | undefined {
  switch (plan.kind) {
    case 'structure':
      return depth > options.maxDepth ? undefined : structureArbitrary(plan, options, depth);
    case 'list': {
      const item = depth > options.maxDepth ? undefined : shapeArbitrary(plan.item, options, depth + 1);
      return item && fc.array(item, { minLength: options.allowEmptyLists ? 0 : 1, maxLength: 3 });
    }
    case 'map': {
      const value = depth > options.maxDepth ? undefined : shapeArbitrary(plan.value, options, depth + 1);
      return value && fc.dictionary(options.text ?? anyText, value, { minKeys: 1, maxKeys: 3 });
    }
    case 'string':
    case 'document':
      return options.text ?? anyText;
    case 'number':
    case 'bigDecimal':
      return number;
    case 'bigInteger':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return timestamp;
    case 'blob':
      return fc.uint8Array({ maxLength: 16 });
    case 'unit':
      return undefined;
  }
}

export function structureArbitrary(plan: StructurePlan, options: ShapeArbitraryOptions, depth = 0): fc.Arbitrary<Record<string, unknown>> | undefined {
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const member of plan.members) {
    if (options.skipMembers.has(member.name)) continue;
    const arbitrary = shapeArbitrary(member.shape, options, depth + 1);
    if (arbitrary) entries[member.name] = arbitrary;
  }
  if (depth === 0) return fc.record(entries, { requiredKeys: [] });
  if (Object.keys(entries).length === 0) return undefined;
  // An empty nested structure serialises to nothing at all, so it cannot round-trip.
  return fc.record(entries, { requiredKeys: [] }).filter((value) => Object.keys(value).length > 0);
}
