import fc from 'fast-check';
import type { CliShape } from '../../../src/cli/model/cli-shape';
import type { BotocoreShape } from './real-cli-request-builder';

/** A parameter value as a learner would mean it: what shorthand and JSON renderings both spell. */
export type ModelValue = string | number | boolean | readonly ModelValue[] | { readonly [key: string]: ModelValue };

/** The characters shorthand keys may use (awscli/shorthand.py `_key`). */
export const SHORTHAND_KEY_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.#/:';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Everything the shorthand grammar treats specially, and the spaces Python and JavaScript disagree on. */
const SPECIAL = [',', '=', '[', ']', '{', '}', '\\', '"', "'", ' ', ':', '/', '#', '.', '-', '_', '*', '&', '!', '?', '@', '$', '%', '(', ')', '|', '\t', '\n'];
const UNICODE = ['é', 'ß', '日本', '😀', '\u00a0', '\u2003', '\u001c', '\u0085', '\ufeff', '\u200b'];

const textUnit = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ALNUM) },
  { weight: 5, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
);

/** Strings that stress the shorthand grammar: mostly plain words, with its special characters mixed in. */
export function textArbitrary(minLength = 0, maxLength = 10): fc.Arbitrary<string> {
  return fc.string({ unit: textUnit, minLength, maxLength });
}

const mapKey = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...SHORTHAND_KEY_CHARS), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: textArbitrary(1, 6) },
);

/** Spellings Python's int() / float() may or may not take (underscores, Unicode digits, spaces, signs). */
const ODD_INTEGERS = ['1_000', ' 7', '7 ', '+7', '07', '-0', '1e3', '0x1f', '7.0', '', 'abc', '\u0663', '\uff11\uff12'];
const ODD_DOUBLES = ['nan', 'inf', '-Infinity', '1_0.5', ' 2.5 ', '.5', '5.', '1e400', '0x10', '', 'abc', '\u0661.\u0665'];
const ODD_BOOLEANS = ['True', 'FALSE', 'yes', '1', ''];
const TIMESTAMPS = ['2024-01-01T00:00:00Z', '2024-02-29T12:30:45.123Z', '2024-03-01T10:20:30+02:00', '1700000000', '2024-01-01', 'yesterday'];

/**
 * Values for one input member, from botocore's model of it (what the real CLI accepts) limited to
 * the members our SDK model also has (members one model lacks differ by model age, not by parsing).
 */
export function modelValueArbitrary(real: BotocoreShape, ours: CliShape, depth = 0): fc.Arbitrary<ModelValue> {
  switch (real.type) {
    case 'structure': {
      const members = Object.entries(real.members ?? {}).filter(([name, shape]) => ours.members.has(name) && isGeneratable(shape, depth));
      const record = Object.fromEntries(members.map(([name, shape]) => [name, modelValueArbitrary(shape, ours.members.get(name) as CliShape, depth + 1)]));
      const required = (real.required ?? []).filter((name) => name in record);
      const complete = fc.record(record, { requiredKeys: required }).map(definedMembers);
      // Now and then a required member is left out: botocore's validation must then say so the same way.
      if (required.length === 0) return complete;
      return fc.oneof({ weight: 15, arbitrary: complete }, { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }).map(definedMembers) });
    }
    case 'list': {
      const min = real.min ?? 0;
      return fc.array(modelValueArbitrary(real.member as BotocoreShape, ours.member, depth + 1), { minLength: min, maxLength: Math.max(min, 3) });
    }
    case 'map':
      return fc
        .dictionary(mapKey, modelValueArbitrary(real.value as BotocoreShape, ours.value, depth + 1), { maxKeys: 3, noNullPrototype: true })
        .map((dict) => ({ ...dict }));
    case 'string': {
      const text = textArbitrary(real.min && real.min > 0 ? real.min : 0);
      return real.enum ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real.enum) }, { weight: 1, arbitrary: text }) : text;
    }
    case 'integer':
    case 'long':
      return fc.oneof({ weight: 10, arbitrary: fc.integer({ min: -1, max: 70_000 }) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_INTEGERS) });
    case 'double':
    case 'float':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(0.5, 1, 2.5, 16, 128, 256) },
        { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_DOUBLES) },
      );
    case 'boolean':
      return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom(...ODD_BOOLEANS) });
    case 'timestamp':
      return fc.constantFrom(...TIMESTAMPS);
    case 'blob':
      return fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString('base64'));
    default:
      throw new Error(`no values for botocore type ${real.type}`);
  }
}

function definedMembers(record: Readonly<Record<string, ModelValue | undefined>>): Record<string, ModelValue> {
  const out: Record<string, ModelValue> = {};
  for (const [name, value] of Object.entries(record)) if (value !== undefined) out[name] = value;
  return out;
}

/** Documents have no shorthand, and recursion is cut off where botocore's description stops. */
function isGeneratable(shape: BotocoreShape, depth: number): boolean {
  if (shape.type === 'document' || shape.recursive) return false;
  return depth < 5 || !['structure', 'list', 'map'].includes(shape.type);
}
