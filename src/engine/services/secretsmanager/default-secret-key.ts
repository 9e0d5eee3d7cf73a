import type { OperationContext } from '../../sandbox/operation-context';
import { ensureAwsManagedKey } from '../kms/keys/aws-managed-keys';
import type { SecretRecord } from './secret-record';

/**
 * A secret value encrypted under the default key makes KMS create the account's AWS managed key
 * `aws/secretsmanager` in the region, if Secrets Manager has not used it before (as KMS does on a
 * service's first use). Call it once a value has been stored.
 */
export function ensureDefaultSecretKey(ctx: Pick<OperationContext, 'state' | 'region' | 'accountId' | 'regionState' | 'now'>, secret: SecretRecord): void {
  if (secret.kmsKeyId !== null || secret.versions.length === 0) return;
  const scope = { seed: ctx.state.identity.seed, region: ctx.region, accountId: ctx.accountId };
  ensureAwsManagedKey(ctx.regionState.kms, scope, 'alias/aws/secretsmanager', ctx.now.getTime());
}
