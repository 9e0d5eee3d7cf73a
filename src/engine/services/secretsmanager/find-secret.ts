import { ownEntry } from '../shared/own-entry';
import type { SecretRecord } from './secret-record';
import type { SecretsManagerRegionState } from './secretsmanager-state';
import { markedForDeletion, secretNotFound } from './secretsmanager-errors';

const ARN_PREFIX = /^arn:aws:secretsmanager:[^:]+:\d{12}:secret:/;

/**
 * The secret a `SecretId` names: its name, its full ARN, or a partial ARN (the ARN without the
 * final `-` and six random characters), as the API reference's "Finding a secret from a partial
 * ARN" describes. Anything else, or a secret of another region or account, is not found.
 */
export function findSecret(state: SecretsManagerRegionState, secretId: string): SecretRecord {
  if (!ARN_PREFIX.test(secretId)) {
    const byName = ownEntry(state.secrets, secretId);
    if (byName) return byName;
    throw secretNotFound();
  }
  const secrets = Object.values(state.secrets);
  const exact = secrets.find((secret) => secret.arn === secretId);
  if (exact) return exact;
  const partial = secrets.filter((secret) => secret.arn.slice(0, -7) === secretId);
  if (partial.length === 1) return partial[0];
  throw secretNotFound();
}

/** A secret that is not scheduled for deletion (every operation but Describe/Restore/Delete needs one). */
export function findLiveSecret(state: SecretsManagerRegionState, secretId: string): SecretRecord {
  const secret = findSecret(state, secretId);
  if (secret.deletedAt !== null) throw markedForDeletion();
  return secret;
}
