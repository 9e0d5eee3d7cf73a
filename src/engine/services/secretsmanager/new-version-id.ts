import type { DeterministicIds } from '../../sandbox/deterministic-ids';
import { newVersionId } from './secret-arn';
import type { SecretRecord, SecretVersionRecord } from './secret-record';
import type { SecretValueInput } from './secret-value';
import { sameValue, versionWithId } from './secret-versions';
import { modeledError } from '../../model/modeled-error';

/**
 * The version a value-changing request would add: a retried `ClientRequestToken` with the same
 * value names the version that already exists (nothing changes); with another value it is refused.
 */
export function resolveNewVersion(
  secret: SecretRecord,
  token: string | undefined,
  value: SecretValueInput,
  ids: DeterministicIds,
): { readonly versionId: string; readonly existing: SecretVersionRecord | undefined } {
  if (token === undefined) return { versionId: newVersionId(ids), existing: undefined };
  const existing = versionWithId(secret, token);
  if (existing && !sameValue(existing, value)) {
    throw modeledError('secretsmanager', 'ResourceExistsException', "You can't modify an existing version, you can only create a new version.");
  }
  return { versionId: token, existing };
}
