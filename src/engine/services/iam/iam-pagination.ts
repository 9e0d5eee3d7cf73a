import { ConstraintCheck, IAM_CONSTRAINTS, IAM_NUMBER_CONSTRAINTS } from './iam-constraints';
import { afterKeyToken, keyAfterToken } from '../shared/after-key-token';
import { invalidInput } from './iam-errors';

/** IAM listings return up to `MaxItems` (1–1000, default 100) and `IsTruncated` with a `Marker`. */
const DEFAULT_ITEMS = 100;

export interface ItemsRequest {
  readonly MaxItems?: number | undefined;
  readonly Marker?: string | undefined;
}

function decodeMarker(marker: string): string {
  const key = keyAfterToken(marker);
  if (key === undefined) throw invalidInput('Invalid Marker.');
  return key;
}

/** Adds the `MaxItems`/`Marker` constraints to a request's checks, and checks the marker itself. */
export function checkItemsRequest(check: ConstraintCheck, request: ItemsRequest): void {
  check.number('maxItems', request.MaxItems, IAM_NUMBER_CONSTRAINTS.maxItems).string('marker', request.Marker, IAM_CONSTRAINTS.marker);
}

/** One page of `items` (sorted by `keyOf`); the marker names the last key returned. */
export function pageOfItems<T>(items: readonly T[], keyOf: (item: T) => string, request: ItemsRequest): { page: T[]; IsTruncated: boolean; Marker?: string } {
  const size = request.MaxItems ?? DEFAULT_ITEMS;
  let start = 0;
  if (request.Marker !== undefined) {
    const after = decodeMarker(request.Marker);
    start = items.findIndex((item) => keyOf(item) > after);
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + size);
  if (start + size >= items.length) return { page, IsTruncated: false };
  return { page, IsTruncated: true, Marker: afterKeyToken(keyOf(page[page.length - 1])) };
}

/** Checks the marker decodes before anything is listed. */
export function checkMarker(request: ItemsRequest): void {
  if (request.Marker !== undefined) decodeMarker(request.Marker);
}
