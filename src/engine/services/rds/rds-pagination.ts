import { afterKeyToken, keyAfterToken } from '../shared/after-key-token';
import { invalidParameterValue } from './rds-errors';

const MIN_RECORDS = 20;
const MAX_RECORDS = 100;
const DEFAULT_RECORDS = 100;

export interface RecordsRequest {
  readonly MaxRecords?: number | undefined;
  readonly Marker?: string | undefined;
}

function decodeMarker(marker: string): string {
  const key = keyAfterToken(marker);
  if (key === undefined) throw invalidParameterValue(`Invalid marker: ${marker}`);
  return key;
}

/** Checks `MaxRecords` (20–100, FACTS.md §2) and `Marker` before anything is read. */
export function checkRecordsRequest(request: RecordsRequest): void {
  const max = request.MaxRecords;
  if (max !== undefined && (max < MIN_RECORDS || max > MAX_RECORDS)) {
    throw invalidParameterValue(`Invalid value ${max} for MaxRecords. Must be between ${MIN_RECORDS} and ${MAX_RECORDS}`);
  }
  if (request.Marker !== undefined) decodeMarker(request.Marker);
}

/**
 * One page of `items`, which must be sorted by `keyOf`. RDS returns up to `MaxRecords` (default
 * 100) and a `Marker` when more remain; the marker names the last key returned.
 */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => string, request: RecordsRequest): { page: T[]; marker?: string } {
  const size = request.MaxRecords ?? DEFAULT_RECORDS;
  let start = 0;
  if (request.Marker !== undefined) {
    const after = decodeMarker(request.Marker);
    start = items.findIndex((item) => keyOf(item) > after);
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + size);
  if (start + size >= items.length) return { page };
  return { page, marker: afterKeyToken(keyOf(page[page.length - 1])) };
}

export function byKey<T>(keyOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}
