import { createHash } from 'node:crypto';

/**
 * A JSON answer that only changes with a deploy: browsers keep it for a day and then revalidate
 * with its ETag (a hash of the body), so a new deploy is picked up without re-sending unchanged data.
 */
export function cacheableJson(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const headers = {
    'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
    etag,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers: { ...headers, 'content-type': 'application/json' } });
}
