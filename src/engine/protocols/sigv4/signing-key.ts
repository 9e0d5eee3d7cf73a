import { createHmac, hash } from 'node:crypto';

/**
 * A SigV4 signing key as HMAC-SHA256's two padded key blocks (RFC 2104: the key XOR ipad and XOR
 * opad). With them an HMAC is two one-shot hashes, instead of a new `Hmac` object whose key set-up
 * cost more than the hashing on every request.
 */
export interface SigningKey {
  readonly innerPad: Buffer;
  readonly outerPad: Buffer;
}

const BLOCK_BYTES = 64;

// Deriving a key takes four HMACs; a sandbox's clients sign with the same scope all day.
const keys = new Map<string, SigningKey>();
const MAX_KEYS = 10_000;

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function padded(key: Buffer, pad: number): Buffer {
  const block = Buffer.alloc(BLOCK_BYTES, pad);
  for (let i = 0; i < key.length; i++) block[i] = key[i] ^ pad;
  return block;
}

/** The SigV4 signing key for a secret and credential scope (`YYYYMMDD`, region, service). */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): SigningKey {
  const cacheKey = `${secretAccessKey}\n${date}\n${region}\n${service}`;
  let key = keys.get(cacheKey);
  if (!key) {
    if (keys.size >= MAX_KEYS) keys.clear();
    const derived = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request');
    key = { innerPad: padded(derived, 0x36), outerPad: padded(derived, 0x5c) };
    keys.set(cacheKey, key);
  }
  return key;
}

// Requests are verified one at a time on this thread, so one scratch buffer serves them all.
let scratch = Buffer.allocUnsafe(4096);

/** HMAC-SHA256(key, message) from the key's padded blocks. */
export function hmacSha256(key: SigningKey, message: string): Buffer {
  const room = BLOCK_BYTES + message.length * 3;
  if (scratch.length < room) scratch = Buffer.allocUnsafe(room);
  key.innerPad.copy(scratch, 0);
  const written = scratch.write(message, BLOCK_BYTES, 'utf8');
  const inner = hash('sha256', scratch.subarray(0, BLOCK_BYTES + written), 'buffer');
  key.outerPad.copy(scratch, 0);
  inner.copy(scratch, BLOCK_BYTES);
  return hash('sha256', scratch.subarray(0, BLOCK_BYTES + inner.length), 'buffer');
}
