import { createHmac } from 'node:crypto';

// Deriving a key takes four HMACs; a sandbox's clients sign with the same scope all day.
const keys = new Map<string, Buffer>();
const MAX_KEYS = 10_000;

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** The SigV4 signing key for a secret and credential scope (`YYYYMMDD`, region, service). */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const cacheKey = `${secretAccessKey}\n${date}\n${region}\n${service}`;
  let key = keys.get(cacheKey);
  if (!key) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request');
    keys.set(cacheKey, key);
  }
  return key;
}
