import { invalidParameter } from './secretsmanager-errors';

const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NUMBERS = '0123456789';
/** The punctuation GetRandomPassword draws from (API reference, `ExcludePunctuation`). */
export const PASSWORD_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

export interface PasswordRules {
  readonly length: number;
  readonly excludeCharacters: string;
  readonly excludeNumbers: boolean;
  readonly excludePunctuation: boolean;
  readonly excludeUppercase: boolean;
  readonly excludeLowercase: boolean;
  readonly includeSpace: boolean;
  readonly requireEachIncludedType: boolean;
}

/** A source of uniformly random bytes (deterministic in the sandbox). */
export type RandomBytes = (count: number) => Uint8Array;

/**
 * The character types a password may use, each minus the excluded characters. `required` are the
 * types RequireEachIncludedType asks one character of: letters, numbers and punctuation that are
 * still in play (the space is optional even when included).
 */
function characterTypes(rules: PasswordRules): { all: string; required: string[] } {
  const excluded = new Set(rules.excludeCharacters);
  const keep = (chars: string) => [...chars].filter((c) => !excluded.has(c)).join('');
  const types = [
    rules.excludeLowercase ? '' : keep(LOWERCASE),
    rules.excludeUppercase ? '' : keep(UPPERCASE),
    rules.excludeNumbers ? '' : keep(NUMBERS),
    rules.excludePunctuation ? '' : keep(PASSWORD_PUNCTUATION),
  ].filter((chars) => chars.length > 0);
  const space = rules.includeSpace && !excluded.has(' ') ? ' ' : '';
  return { all: types.join('') + space, required: types };
}

/** Checks that a password can be made under `rules` (throws InvalidParameterException if not). */
export function checkPasswordRules(rules: PasswordRules): void {
  const { all, required } = characterTypes(rules);
  if (all.length === 0) {
    throw invalidParameter('The password cannot be generated because every character is excluded.');
  }
  if (rules.requireEachIncludedType && rules.length < required.length) {
    throw invalidParameter('Password length is too short based on the required types.');
  }
}

/** Draws indexes in [0, size) without modulo bias, from a stream of random bytes. */
class UniformPicker {
  private buffer: Uint8Array = new Uint8Array(0);
  private offset = 0;

  constructor(private readonly randomBytes: RandomBytes) {}

  private nextUint16(): number {
    if (this.offset + 2 > this.buffer.length) {
      this.buffer = this.randomBytes(256);
      this.offset = 0;
    }
    const value = (this.buffer[this.offset] << 8) | this.buffer[this.offset + 1];
    this.offset += 2;
    return value;
  }

  index(size: number): number {
    const limit = 65536 - (65536 % size);
    for (;;) {
      const value = this.nextUint16();
      if (value < limit) return value % size;
    }
  }
}

/**
 * A password that follows `rules` exactly: only allowed characters, `rules.length` of them, and
 * (with RequireEachIncludedType) at least one of each included type, placed at random positions.
 */
export function generatePassword(rules: PasswordRules, randomBytes: RandomBytes): string {
  checkPasswordRules(rules);
  const { all, required } = characterTypes(rules);
  const picker = new UniformPicker(randomBytes);
  const pick = (chars: string) => chars[picker.index(chars.length)];
  const chars: string[] = rules.requireEachIncludedType ? required.map(pick) : [];
  while (chars.length < rules.length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = picker.index(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
