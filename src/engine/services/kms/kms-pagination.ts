import { modeledError } from '../../model/modeled-error';
import { constraintViolation } from './kms-errors';

export interface KmsPage<T> {
  readonly items: T[];
  readonly nextMarker: string | undefined;
}

/**
 * One page of a KMS list: `Limit` 1–1000 (default 100), `Marker` the opaque `NextMarker` of the
 * previous page; `Truncated` is whether `nextMarker` is set.
 */
export function kmsPage<T>(all: readonly T[], limit: number | undefined, marker: string | undefined, maximum = 1000): KmsPage<T> {
  if (limit !== undefined && (limit < 1 || limit > maximum || !Number.isInteger(limit))) {
    throw constraintViolation(String(limit), 'limit', limit < 1 ? 'Member must have value greater than or equal to 1' : `Member must have value less than or equal to ${maximum}`);
  }
  let start = 0;
  if (marker !== undefined) {
    const decoded = /^[A-Za-z0-9_-]+$/.test(marker) ? Buffer.from(marker, 'base64url').toString('utf8') : '';
    const match = /^page:(\d{1,9})$/.exec(decoded);
    if (!match) throw modeledError('kms', 'InvalidMarkerException', `Invalid marker: ${marker}`);
    start = Number(match[1]);
  }
  const size = limit ?? 100;
  const items = all.slice(start, start + size);
  const next = start + size;
  return { items, nextMarker: next < all.length ? Buffer.from(`page:${next}`).toString('base64url') : undefined };
}
