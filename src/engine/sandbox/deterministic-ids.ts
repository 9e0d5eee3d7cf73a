import { hash } from 'node:crypto';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Ids that AWS would make up (resource ids, VPC ids, endpoint suffixes), derived from the sandbox's
 * seed and a counter kept in the sandbox state, so replaying a log makes exactly the same ids.
 */
export class DeterministicIds {
  constructor(
    private readonly seed: string,
    private readonly counter: { value: number },
  ) {}

  private nextBytes(): Buffer {
    const n = this.counter.value++;
    return hash('sha256', `${this.seed}:${n}`, 'buffer');
  }

  /** `length` lowercase hex characters (e.g. the 17 of `vpc-0a1b...`). */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.nextBytes().toString('hex');
    return out.slice(0, length);
  }

  /** `length` characters of A-Z0-9 (e.g. the 26 of `cluster-ABC...`). */
  upperAlnum(length: number): string {
    return this.fromAlphabet(UPPER_ALNUM, length);
  }

  /** `length` characters of a-z0-9 (e.g. the 12 of an endpoint's `cluster-c1a2b3c4d5e6`). */
  lowerAlnum(length: number): string {
    return this.fromAlphabet(LOWER_ALNUM, length);
  }

  private fromAlphabet(alphabet: string, length: number): string {
    let out = '';
    while (out.length < length) {
      for (const byte of this.nextBytes()) {
        if (out.length === length) break;
        out += alphabet[byte % alphabet.length];
      }
    }
    return out;
  }
}

/** A stable value derived from a seed alone, for things fixed per sandbox (not per resource). */
export function seededLowerAlnum(seed: string, purpose: string, length: number): string {
  const key = `${seed}/${purpose}/${length}`;
  let value = seeded.get(key);
  if (value === undefined) {
    if (seeded.size >= MAX_SEEDED) seeded.clear();
    value = new DeterministicIds(`${seed}/${purpose}`, { value: 0 }).lowerAlnum(length);
    seeded.set(key, value);
  }
  return value;
}

// A pure function of its arguments, asked for on every render of an endpoint: remember answers.
const seeded = new Map<string, string>();
const MAX_SEEDED = 10_000;
