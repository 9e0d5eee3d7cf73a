/** RFC 3986 percent-encoding as SigV4 wants it: everything but `A-Z a-z 0-9 - _ . ~`, hex in upper case. */
export function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The canonical URI of a non-S3 request: dot segments and empty segments removed, then every
 * segment encoded once more (the path arrives already encoded, so it ends up double-encoded, as
 * AWS specifies for every service but S3).
 */
export function canonicalPath(path: string): string {
  let canonical = canonicalPaths.get(path);
  if (canonical === undefined) {
    if (canonicalPaths.size >= MAX_CACHED_PATHS) canonicalPaths.clear();
    canonical = canonicalPathOf(path);
    canonicalPaths.set(path, canonical);
  }
  return canonical;
}

// Clients post to one path (`/aws/`) all day.
const canonicalPaths = new Map<string, string>();
const MAX_CACHED_PATHS = 1_000;

function canonicalPathOf(path: string): string {
  if (path === '/') return '/';
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

/** The canonical query string: names and values decoded, re-encoded, sorted by name then value. */
export function canonicalQuery(query: string): string {
  if (query === '') return '';
  const pairs: string[] = [];
  for (const [name, value] of new URLSearchParams(query)) {
    if (name.toLowerCase() === 'x-amz-signature') continue;
    pairs.push(`${escapeUri(name)}=${escapeUri(value)}`);
  }
  return pairs.sort(byName).join('&');
}

/** By encoded name, then (for a repeated name) by the whole pair. */
function byName(a: string, b: string): number {
  const an = a.slice(0, a.indexOf('='));
  const bn = b.slice(0, b.indexOf('='));
  if (an !== bn) return an < bn ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
