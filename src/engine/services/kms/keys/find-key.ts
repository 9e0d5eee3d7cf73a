import type { OperationContext } from '../../../sandbox/operation-context';
import { ownEntry } from '../../shared/own-entry';
import { learnerIdentity } from '../../sts/learner-identity';
import { kmsAliasArn, kmsKeyArn } from '../kms-arns';
import { accessDenied, aliasNotFound, invalidArnRegion, invalidKeyId, keyDoesNotExist, keyPendingDeletion } from '../kms-errors';
import { awsManagedKeyRecord, isPredefinedAlias, predefinedAliasOfKey } from './aws-managed-keys';
import { KEY_ID_PATTERN } from './key-ids';
import type { KmsKeyRecord } from './kms-key-record';

/**
 * A key as a request names it. `existing` is false for the AWS managed key of a predefined alias
 * that no service has used yet: KMS would create it on this first use, but a read must not change
 * the sandbox, so callers get a view of the key as it would be created now.
 */
export interface FoundKey {
  readonly key: KmsKeyRecord;
  readonly existing: boolean;
  /** The predefined alias behind an AWS managed key, for creating it later. */
  readonly predefinedAlias: string | undefined;
}

function scopeOf(ctx: OperationContext) {
  return { seed: ctx.state.identity.seed, region: ctx.region, accountId: ctx.accountId };
}

function byKeyId(ctx: OperationContext, keyId: string, asked: string): FoundKey {
  const { kms } = ctx.regionState;
  const key = ownEntry(kms.keys, keyId);
  if (key) {
    const predefinedAlias = key.keyManager === 'AWS' ? predefinedAliasOfKey(scopeOf(ctx), keyId) : undefined;
    return { key, existing: true, predefinedAlias };
  }
  if (!KEY_ID_PATTERN.test(keyId)) throw invalidKeyId(asked);
  throw keyDoesNotExist(kmsKeyArn(ctx.region, ctx.accountId, keyId));
}

function byAlias(ctx: OperationContext, aliasName: string): FoundKey {
  const alias = ownEntry(ctx.regionState.kms.aliases, aliasName);
  if (alias) return byKeyId(ctx, alias.targetKeyId, alias.targetKeyId);
  if (isPredefinedAlias(aliasName)) {
    const scope = scopeOf(ctx);
    return { key: awsManagedKeyRecord(scope, aliasName, ctx.now.getTime()), existing: false, predefinedAlias: aliasName };
  }
  throw aliasNotFound(kmsAliasArn(ctx.region, ctx.accountId, aliasName));
}

/**
 * Resolves a `KeyId` parameter as KMS does: a key id, a key ARN, an alias name (`alias/x`) or an
 * alias ARN, in this account and Region. Throws `NotFoundException` with KMS's wording otherwise.
 */
export function findKey(ctx: OperationContext, reference: string, options: { aliases: boolean } = { aliases: true }): FoundKey {
  if (reference.startsWith('arn:')) {
    const parts = reference.split(':');
    const resource = parts.slice(5).join(':');
    if (parts.length < 6 || parts[2] !== 'kms') throw invalidKeyId(reference);
    if (parts[3] !== ctx.region) throw invalidArnRegion(parts[3]);
    if (resource.startsWith('alias/') && options.aliases) {
      if (parts[4] !== ctx.accountId) throw aliasNotFound(reference);
      return byAlias(ctx, resource);
    }
    if (!resource.startsWith('key/')) throw invalidKeyId(reference);
    if (parts[4] !== ctx.accountId) throw keyDoesNotExist(reference);
    return byKeyId(ctx, resource.slice('key/'.length), reference);
  }
  if (reference.startsWith('alias/') && options.aliases) return byAlias(ctx, reference);
  return byKeyId(ctx, reference, reference);
}

/** A customer managed key the caller may change: AWS managed keys refuse it, as their key policy does. */
export function findCustomerKey(ctx: OperationContext, reference: string, action: string): KmsKeyRecord {
  const { key } = findKey(ctx, reference);
  if (key.keyManager === 'AWS') throw accessDenied(learnerIdentity(ctx.state.identity).arn, action, key.arn);
  return key;
}

/** As `findCustomerKey`, and not pending deletion (KMSInvalidStateException). */
export function findUsableCustomerKey(ctx: OperationContext, reference: string, action: string): KmsKeyRecord {
  const key = findCustomerKey(ctx, reference, action);
  if (key.keyState === 'PendingDeletion') throw keyPendingDeletion(key.arn);
  return key;
}
