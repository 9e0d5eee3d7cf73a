import type { DeterministicIds } from '../../../sandbox/deterministic-ids';
import { awsManagedSecretsManagerKeyArn, resolveKmsKeyArn } from '../kms-keys';
import type { MasterUserSecretRecord } from './db-cluster-record';
import type { KeyScope } from './cluster-storage';

/** Checks `MasterUserSecretKmsKeyId` up front; returns the key ARN the secret will use. */
export function resolveSecretKmsKey(requested: string | undefined, scope: KeyScope): string {
  return requested === undefined
    ? awsManagedSecretsManagerKeyArn(scope.seed, scope.region, scope.accountId)
    : resolveKmsKeyArn(requested, scope.seed, scope.region, scope.accountId);
}

/** The Secrets Manager secret RDS makes for a managed master password: `rds!cluster-<uuid>-<6>`. */
export function createMasterUserSecret(scope: KeyScope, kmsKeyId: string, ids: DeterministicIds): MasterUserSecretRecord {
  const hex = ids.hex(32);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return {
    secretArn: `arn:aws:secretsmanager:${scope.region}:${scope.accountId}:secret:rds!cluster-${uuid}-${ids.lowerAlnum(6)}`,
    kmsKeyId,
    status: 'creating',
  };
}
