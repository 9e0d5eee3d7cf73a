import type { DeterministicIds } from '../../../sandbox/deterministic-ids';

/** A key id as KMS shows it: a UUID, or `mrk-` and 32 hex digits for a multi-Region key. */
export const KEY_ID_PATTERN = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

/** 32 hex digits as a version-4 UUID (version and variant bits set as a random UUID has them). */
export function uuidFromHex(hex: string): string {
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function newKeyId(ids: DeterministicIds, multiRegion: boolean): string {
  const hex = ids.hex(32);
  return multiRegion ? `mrk-${hex}` : uuidFromHex(hex);
}
