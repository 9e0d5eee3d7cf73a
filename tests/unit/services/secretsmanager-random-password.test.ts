import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GetRandomPasswordResponse } from '@aws-sdk/client-secrets-manager';
import { PASSWORD_PUNCTUATION } from '../../../src/engine/services/secretsmanager/random-password';
import { Harness, expectRefused } from './support/engine-harness';

const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;
const isPunctuation = (c: string) => PASSWORD_PUNCTUATION.includes(c);

interface Options {
  PasswordLength?: number;
  ExcludeCharacters?: string;
  ExcludeNumbers?: boolean;
  ExcludePunctuation?: boolean;
  ExcludeUppercase?: boolean;
  ExcludeLowercase?: boolean;
  IncludeSpace?: boolean;
  RequireEachIncludedType?: boolean;
}

function password(h: Harness, options: Options): string {
  return h.call<GetRandomPasswordResponse>('secretsmanager', 'GetRandomPassword', options).RandomPassword ?? '';
}

/** Every printable ASCII character, to draw exclusions from. */
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/** The characters of a type still allowed by `options`. */
function allowed(options: Options, chars: string[]): string[] {
  const excluded = new Set(options.ExcludeCharacters ?? '');
  return chars.filter((c) => !excluded.has(c));
}

const typeChars = {
  lower: PRINTABLE.filter((c) => LOWER.test(c)),
  upper: PRINTABLE.filter((c) => UPPER.test(c)),
  digit: PRINTABLE.filter((c) => DIGIT.test(c)),
  punctuation: [...PASSWORD_PUNCTUATION],
};

function includedTypes(options: Options): string[][] {
  return [
    options.ExcludeLowercase ? [] : allowed(options, typeChars.lower),
    options.ExcludeUppercase ? [] : allowed(options, typeChars.upper),
    options.ExcludeNumbers ? [] : allowed(options, typeChars.digit),
    options.ExcludePunctuation ? [] : allowed(options, typeChars.punctuation),
  ].filter((chars) => chars.length > 0);
}

describe('GetRandomPassword', () => {
  it('defaults to 32 characters drawn from letters, digits and punctuation, one of each at least', () => {
    const h = new Harness();
    const value = password(h, {});
    expect(value).toHaveLength(32);
    expect(value).toMatch(LOWER);
    expect(value).toMatch(UPPER);
    expect(value).toMatch(DIGIT);
    expect([...value].some(isPunctuation)).toBe(true);
    expect(value).not.toContain(' ');
  });

  it("gives the seed's command a valid RDS master password (no / \" @ \\ or space)", () => {
    const h = new Harness();
    for (let i = 0; i < 50; i++) {
      const value = password(h, { PasswordLength: 32, ExcludeCharacters: '"@/\\' });
      expect(value).toHaveLength(32);
      expect(value).toMatch(/^[\x21-\x7e]+$/);
      expect(value).not.toMatch(/[/"@\\ ]/);
    }
  });

  it('is deterministic for the same sandbox, time and history, and differs over time', () => {
    const a = new Harness('pw-seed');
    const b = new Harness('pw-seed');
    const first = [password(a, {}), password(a, {})];
    expect([password(b, {}), password(b, {})]).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
  });

  it('does not change the sandbox state (it is a read)', () => {
    const h = new Harness();
    h.engine.advanceTo(h.now + 1000);
    const before = h.snapshot();
    password(h, { PasswordLength: 4096 });
    expect(h.snapshot()).toEqual(before);
  });

  it('never breaks the requested rules (property)', () => {
    const h = new Harness('property');
    const options = fc.record(
      {
        PasswordLength: fc.integer({ min: 1, max: 200 }),
        ExcludeCharacters: fc.array(fc.constantFrom(...PRINTABLE), { maxLength: 40 }).map((chars) => chars.join('')),
        ExcludeNumbers: fc.boolean(),
        ExcludePunctuation: fc.boolean(),
        ExcludeUppercase: fc.boolean(),
        ExcludeLowercase: fc.boolean(),
        IncludeSpace: fc.boolean(),
        RequireEachIncludedType: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(options, (o) => {
        const types = includedTypes(o);
        const space = o.IncludeSpace === true && !(o.ExcludeCharacters ?? '').includes(' ');
        const length = o.PasswordLength ?? 32;
        const require = o.RequireEachIncludedType ?? true;
        if (types.length === 0 && !space) {
          expect(h.fails('secretsmanager', 'GetRandomPassword', o).code).toBe('InvalidParameterException');
          return;
        }
        if (require && length < types.length) {
          expect(h.fails('secretsmanager', 'GetRandomPassword', o).message).toBe('Password length is too short based on the required types.');
          return;
        }
        const value = password(h, o);
        expect(value).toHaveLength(length);
        const permitted = new Set([...types.flat(), ...(space ? [' '] : [])]);
        for (const c of value) expect(permitted.has(c)).toBe(true);
        if (require) for (const chars of types) expect([...value].some((c) => chars.includes(c))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses lengths outside 1–4096 and impossible rule sets', () => {
    const h = new Harness();
    expectRefused(h, 'secretsmanager', 'GetRandomPassword', { PasswordLength: 0 }, {
      code: 'ValidationException',
      status: 400,
      message: "1 validation error detected: Value '0' at 'passwordLength' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
    expectRefused(h, 'secretsmanager', 'GetRandomPassword', { PasswordLength: 4097 }, {
      code: 'ValidationException',
      message: "1 validation error detected: Value '4097' at 'passwordLength' failed to satisfy constraint: Member must have value less than or equal to 4096",
    });
    expectRefused(h, 'secretsmanager', 'GetRandomPassword', { PasswordLength: 3 }, {
      code: 'InvalidParameterException',
      message: 'Password length is too short based on the required types.',
    });
    expectRefused(h, 'secretsmanager', 'GetRandomPassword', { ExcludeLowercase: true, ExcludeUppercase: true, ExcludeNumbers: true, ExcludePunctuation: true }, {
      code: 'InvalidParameterException',
    });
    expect(password(h, { PasswordLength: 3, RequireEachIncludedType: false })).toHaveLength(3);
    expect(password(h, { PasswordLength: 4096 })).toHaveLength(4096);
  });
});
