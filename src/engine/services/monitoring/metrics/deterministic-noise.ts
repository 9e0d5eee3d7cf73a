/** A 32-bit FNV-1a hash of a string (seeds the noise of one series). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Noise in [0, 1) for one series at one sample time: a pure function of the series' hash and the
 * minute, so every read of the same sandbox at the same virtual time sees the same value.
 */
export function noiseAt(seriesHash: number, at: number): number {
  let x = (seriesHash ^ Math.floor(at / 60_000)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x ^= x >>> 16;
  return (x >>> 0) / 4_294_967_296;
}
