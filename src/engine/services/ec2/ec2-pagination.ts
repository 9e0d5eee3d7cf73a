import { afterKeyToken, keyAfterToken } from '../shared/after-key-token';
import { invalidMaxResults, invalidNextToken } from './ec2-errors';

/** VPC, subnet and security group listings accept `MaxResults` from 5 to 1000. */
const MIN_RESULTS = 5;
const MAX_RESULTS = 1000;

export interface PageRequest {
  readonly MaxResults?: number | undefined;
  readonly NextToken?: string | undefined;
}

/** Checks `MaxResults` and `NextToken` up front, so a bad page request changes nothing. */
export function checkPageRequest(request: PageRequest): void {
  const { MaxResults: max, NextToken: token } = request;
  if (max !== undefined && (max < MIN_RESULTS || max > MAX_RESULTS)) throw invalidMaxResults(max, MIN_RESULTS, MAX_RESULTS);
  if (token !== undefined) decodeToken(token);
}

function decodeToken(token: string): string {
  const key = keyAfterToken(token);
  if (key === undefined) throw invalidNextToken(token);
  return key;
}

/**
 * One page of `items` (already in listing order, keyed by `keyOf`). The token names the last
 * item returned, so a listing that changes between pages neither repeats nor skips survivors.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, request: PageRequest): { page: T[]; nextToken?: string } {
  let start = 0;
  if (request.NextToken !== undefined) {
    const after = decodeToken(request.NextToken);
    start = items.findIndex((item) => keyOf(item) > after);
    if (start < 0) start = items.length;
  }
  if (request.MaxResults === undefined) return { page: items.slice(start) };
  const page = items.slice(start, start + request.MaxResults);
  if (start + request.MaxResults >= items.length) return { page };
  return { page, nextToken: afterKeyToken(keyOf(page[page.length - 1])) };
}
