import type { OperationContext } from '../../../sandbox/operation-context';
import { createRdsManagedSecret } from '../../secretsmanager/rds-managed-secret';
import { awsManagedSecretsManagerKeyArn, resolveKmsKeyArn } from '../kms-keys';
import type { MasterUserSecretRecord } from './db-cluster-record';
import type { KeyScope } from './cluster-storage';
import { invalidParameterCombination } from '../rds-errors';

/** Checks `MasterUserSecretKmsKeyId` up front; returns the key ARN the secret will use. */
export function resolveSecretKmsKey(requested: string | undefined, scope: KeyScope): string {
  return requested === undefined
    ? awsManagedSecretsManagerKeyArn(scope.seed, scope.region, scope.accountId)
    : resolveKmsKeyArn(requested, scope);
}

/**
 * The Secrets Manager secret RDS makes for a managed master password (`rds!cluster-<uuid>`): created
 * in this region's Secrets Manager (secretsmanager/rds-managed-secret.ts), its ARN reported here.
 */
export function createMasterUserSecret(
  ctx: OperationContext,
  owner: { readonly clusterIdentifier: string; readonly masterUsername: string },
  kmsKeyId: string,
): MasterUserSecretRecord {
  const scope = { seed: ctx.state.identity.seed, region: ctx.region, accountId: ctx.accountId };
  const secretArn = createRdsManagedSecret(ctx, {
    clusterArn: `arn:aws:rds:${ctx.region}:${ctx.accountId}:cluster:${owner.clusterIdentifier}`,
    masterUsername: owner.masterUsername,
    kmsKeyId: kmsKeyId === awsManagedSecretsManagerKeyArn(scope.seed, scope.region, scope.accountId) ? null : kmsKeyId,
  });
  return { secretArn, kmsKeyId, status: 'creating' };
}

/** What a ModifyDBCluster does to the managed master password secret. */
export type MasterUserSecretChange =
  | { readonly kind: 'none' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'start'; readonly kmsKeyId: string };

interface MasterUserSecretChangeRequest {
  readonly ManageMasterUserPassword?: boolean | undefined;
  readonly MasterUserSecretKmsKeyId?: string | undefined;
  readonly MasterUserPassword?: string | undefined;
}

/**
 * Checks ModifyDBCluster's `ManageMasterUserPassword` (API reference, ModifyDBCluster): turning it
 * on takes no `MasterUserPassword` (RDS generates one); turning it off needs one, and RDS deletes
 * the secret. `MasterUserSecretKmsKeyId` goes with turning it on.
 */
export function checkMasterUserSecretChange(
  managed: boolean,
  request: MasterUserSecretChangeRequest,
  scope: KeyScope,
): MasterUserSecretChange {
  const { ManageMasterUserPassword: manage, MasterUserSecretKmsKeyId: keyId, MasterUserPassword: password } = request;
  if (manage === true) {
    if (password !== undefined) {
      throw invalidParameterCombination('You cannot specify MasterUserPassword when ManageMasterUserPassword is turned on.');
    }
    if (!managed) return { kind: 'start', kmsKeyId: resolveSecretKmsKey(keyId, scope) };
    if (keyId !== undefined) {
      throw invalidParameterCombination('Changing MasterUserSecretKmsKeyId of a managed master user password is not available in this Aurora Lab sandbox yet.');
    }
    return { kind: 'none' };
  }
  if (keyId !== undefined) {
    throw invalidParameterCombination('You can specify MasterUserSecretKmsKeyId only when ManageMasterUserPassword is turned on.');
  }
  if (manage === false && managed) {
    if (password === undefined) {
      throw invalidParameterCombination('You must specify MasterUserPassword when you turn off ManageMasterUserPassword.');
    }
    return { kind: 'stop' };
  }
  return { kind: 'none' };
}
