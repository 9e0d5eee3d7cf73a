import type { ServiceName } from '../../../engine/service-name';
import { isPyDict, PyFloat, type PyDict } from '../../python/py-value';

/**
 * botocore's `inject_presigned_url_rds` (registered `before-call` on the operations whose model the
 * extras give `SourceRegion`): `SourceRegion` is removed and, unless the caller gave one, replaced by
 * a `PreSignedUrl` — the same request, plus `DestinationRegion`, presigned for the source region.
 * The sandbox never follows the URL, so, as in `generate-db-auth-token`, its signature is a fixed
 * placeholder and it carries the request's scalar parameters (lists and structures are left out).
 */
export function injectPresignedUrl(service: ServiceName, operation: string, destinationRegion: string, params: PyDict): void {
  if (service !== 'rds' || !('SourceRegion' in params)) return;
  const sourceRegion = String(params.SourceRegion);
  delete params.SourceRegion;
  if ('PreSignedUrl' in params) return;
  const query = new URLSearchParams({ Action: operation, Version: '2014-10-31' });
  for (const [name, value] of Object.entries(params)) {
    if (value === null || Array.isArray(value) || isPyDict(value)) continue;
    query.set(name, value instanceof PyFloat ? String(value.value) : String(value));
  }
  query.set('DestinationRegion', destinationRegion);
  query.set('X-Amz-Algorithm', 'AWS4-HMAC-SHA256');
  query.set('X-Amz-Credential', `ASIASANDBOXEXAMPLE/19700101/${sourceRegion}/rds/aws4_request`);
  query.set('X-Amz-Date', '19700101T000000Z');
  query.set('X-Amz-Expires', '3600');
  query.set('X-Amz-SignedHeaders', 'host');
  query.set('X-Amz-Signature', '0'.repeat(64));
  params.PreSignedUrl = `https://rds.${sourceRegion}.amazonaws.com/?${query.toString()}`;
}
