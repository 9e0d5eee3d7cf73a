import { randomBytes, randomInt } from 'node:crypto';

// AWS access key ids are AKIA/ASIA + 16 base32 characters; ours use the same alphabet.
const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export interface NewSandboxIdentity {
  readonly id: string;
  readonly accountId: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly seed: string;
}

/** Fresh, unguessable identifiers and credentials for a new sandbox (the only randomness outside a log). */
export function newSandboxIdentity(): NewSandboxIdentity {
  const bytes = randomBytes(16);
  const accessKeyId = 'AKIA' + Array.from(bytes, (b) => KEY_ALPHABET[b % 32]).join('');
  return {
    id: 'sbx-' + randomBytes(10).toString('hex'),
    accountId: String(randomInt(100_000_000_000, 1_000_000_000_000)),
    accessKeyId,
    secretAccessKey: randomBytes(30).toString('base64').replace(/\+/g, 'A').replace(/\//g, 'B'),
    seed: randomBytes(16).toString('hex'),
  };
}
