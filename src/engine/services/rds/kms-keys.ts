import { modeledError } from '../../model/modeled-error';
import type { OperationContext } from '../../sandbox/operation-context';
import { awsManagedKeyArn, ensureAwsManagedKey, predefinedAliasOfKey } from '../kms/keys/aws-managed-keys';
import { kmsKeyArn } from '../kms/kms-arns';
import type { KmsRegionState } from '../kms/kms-state';
import { ownEntry } from '../shared/own-entry';

/** Where RDS looks keys up: the sandbox's seed, the request's account and Region, and its KMS. */
export interface KeyScope {
  readonly seed: string;
  readonly region: string;
  readonly accountId: string;
  readonly kms: KmsRegionState;
}

export function keyScopeOf(ctx: Pick<OperationContext, 'state' | 'region' | 'accountId' | 'regionState'>): KeyScope {
  return { seed: ctx.state.identity.seed, region: ctx.region, accountId: ctx.accountId, kms: ctx.regionState.kms };
}

/** The predefined aliases whose AWS managed keys RDS may use (storage, Performance Insights, the master user secret). */
const RDS_USABLE_MANAGED_ALIASES = ['alias/aws/rds', 'alias/aws/secretsmanager'];

/** The account's AWS managed key for RDS (`alias/aws/rds`) in a region. */
export function awsManagedRdsKeyArn(seed: string, region: string, accountId: string): string {
  return awsManagedKeyArn({ seed, region, accountId }, 'alias/aws/rds');
}

/** The AWS managed key Secrets Manager uses by default (`alias/aws/secretsmanager`). */
export function awsManagedSecretsManagerKeyArn(seed: string, region: string, accountId: string): string {
  return awsManagedKeyArn({ seed, region, accountId }, 'alias/aws/secretsmanager');
}

function notAccessible(keyId: string) {
  return modeledError(
    'rds',
    'KMSKeyNotAccessibleFault',
    `The specified KMS key [${keyId}] does not exist, is not enabled or you do not have permissions to access it.`,
  );
}

/** The key ARN behind a key id, if KMS has that key Enabled (or it is an AWS managed key RDS may create). */
function usableKeyArn(scope: KeyScope, keyId: string): string | undefined {
  const key = ownEntry(scope.kms.keys, keyId);
  if (key) return key.keyState === 'Enabled' ? key.arn : undefined;
  const predefined = predefinedAliasOfKey(scope, keyId);
  return predefined !== undefined && RDS_USABLE_MANAGED_ALIASES.includes(predefined) ? kmsKeyArn(scope.region, scope.accountId, keyId) : undefined;
}

function aliasTarget(scope: KeyScope, aliasName: string): string | undefined {
  const alias = ownEntry(scope.kms.aliases, aliasName);
  if (alias) return usableKeyArn(scope, alias.targetKeyId);
  return RDS_USABLE_MANAGED_ALIASES.includes(aliasName) ? awsManagedKeyArn(scope, aliasName) : undefined;
}

/**
 * Resolves a `KmsKeyId` (key id, key ARN, alias name or alias ARN) to the key ARN RDS reports. The
 * key must exist in this account and Region's KMS and be Enabled; a predefined `alias/aws/rds`
 * (or `alias/aws/secretsmanager`) names the AWS managed key, which RDS creates on first use.
 * Anything else is `KMSKeyNotAccessibleFault`.
 */
export function resolveKmsKeyArn(requested: string, scope: KeyScope): string {
  const arnPrefix = `arn:aws:kms:${scope.region}:${scope.accountId}:`;
  let reference = requested;
  if (requested.startsWith('arn:')) {
    if (!requested.startsWith(arnPrefix)) throw notAccessible(requested);
    reference = requested.slice(arnPrefix.length);
    if (reference.startsWith('key/')) reference = reference.slice('key/'.length);
    else if (!reference.startsWith('alias/')) throw notAccessible(requested);
  }
  const arn = reference.startsWith('alias/') ? aliasTarget(scope, reference) : usableKeyArn(scope, reference);
  if (arn === undefined) throw notAccessible(requested);
  return arn;
}

/**
 * Records that RDS now uses these keys: an AWS managed key no service has used yet is created in
 * KMS, as KMS does on a service's first use. Call it once the using call has been accepted.
 */
export function recordKmsKeyUse(scope: KeyScope, now: Date, ...keyArns: readonly (string | null | undefined)[]): void {
  for (const arn of keyArns) {
    if (!arn) continue;
    const prefix = `arn:aws:kms:${scope.region}:${scope.accountId}:key/`;
    if (!arn.startsWith(prefix)) continue;
    const predefined = predefinedAliasOfKey(scope, arn.slice(prefix.length));
    if (predefined !== undefined) ensureAwsManagedKey(scope.kms, scope, predefined, now.getTime());
  }
}

/**
 * Whether a key RDS uses can still be used: KMS has it Enabled. A disabled key, one pending
 * deletion or a deleted one leaves what it encrypts `inaccessible-encryption-credentials`.
 */
export function kmsKeyUsable(kms: KmsRegionState, region: string, keyArn: string): boolean {
  const match = /^arn:aws:kms:([^:]+):\d+:key\/(.+)$/.exec(keyArn);
  if (!match || match[1] !== region) return true;
  const key = ownEntry(kms.keys, match[2]);
  return key === undefined ? false : key.keyState === 'Enabled';
}
