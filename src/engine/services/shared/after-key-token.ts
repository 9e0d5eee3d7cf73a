/**
 * The pagination token every sandbox service hands out (`Marker`, `NextToken`): the sort key of the
 * page's last item, opaque to clients. Services differ only in how they refuse a bad one.
 */
export function afterKeyToken(lastKey: string): string {
  return Buffer.from(`after:${lastKey}`, 'utf8').toString('base64url');
}

/** The sort key a token continues after, or undefined when the token is not one of ours. */
export function keyAfterToken(token: string): string | undefined {
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  if (!decoded.startsWith('after:') || afterKeyToken(decoded.slice('after:'.length)) !== token) return undefined;
  return decoded.slice('after:'.length);
}
