import { invalidNextToken } from './monitoring-errors';

/**
 * CloudWatch's `NextToken` paging: the token is opaque to clients; here it names the index of the
 * next item, and a token that was not issued is `InvalidNextToken`.
 */
export function pageByToken<T>(items: readonly T[], size: number, nextToken: string | undefined): { page: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const decoded = Buffer.from(nextToken, 'base64url').toString('utf8');
    const match = /^next:(\d+)$/.exec(decoded);
    if (!match || Buffer.from(decoded, 'utf8').toString('base64url') !== nextToken) throw invalidNextToken('The service cannot process the NextToken.');
    start = Number(match[1]);
  }
  const page = items.slice(start, start + size);
  if (start + size >= items.length) return { page };
  return { page, nextToken: Buffer.from(`next:${start + size}`, 'utf8').toString('base64url') };
}
