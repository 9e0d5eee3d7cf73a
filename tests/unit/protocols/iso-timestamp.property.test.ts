import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp } from '../../../src/engine/protocols/iso-timestamp';

describe('isoTimestamp', () => {
  it('writes every instant exactly as Date#toISOString does', () => {
    const instant = fc.oneof(
      fc.integer({ min: -62_198_755_200_000, max: 8_640_000_000_000_000 }),
      fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
      fc.constantFrom(0, 86_399_999, 86_400_000, 253_402_300_799_999, 253_402_300_800_000, -1),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 8 }), (instants) => {
        // In sequence, so the remembered day is both reused and replaced.
        for (const ms of instants) expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2_000 },
    );
  });

  it('formats a fractional instant as Date does (it truncates to whole milliseconds)', () => {
    expect(isoTimestamp(1_764_263_000_123.7)).toBe(new Date(1_764_263_000_123.7).toISOString());
  });
});
