import type { CreateAliasRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { findUsableCustomerKey } from '../keys/find-key';
import { kmsAliasArn } from '../kms-arns';
import { aliasAlreadyExists } from '../kms-errors';
import { checkAliasTarget, checkCustomerAliasName } from './alias-names';

/**
 * CreateAlias: a new name for a customer managed key of this account and Region (Enabled or
 * Disabled, not pending deletion). Alias names are unique per account and Region.
 */
export const createAlias = defineOperation<CreateAliasRequest, Record<string, never>>((ctx, input) => {
  const aliasName = checkCustomerAliasName(input.AliasName ?? '');
  const { kms } = ctx.regionState;
  checkAliasTarget(input.TargetKeyId ?? '');
  if (ownEntry(kms.aliases, aliasName)) throw aliasAlreadyExists(kmsAliasArn(ctx.region, ctx.accountId, aliasName));
  const key = findUsableCustomerKey(ctx, input.TargetKeyId ?? '', 'CreateAlias');
  const now = ctx.now.getTime();
  kms.aliases[aliasName] = { aliasName, targetKeyId: key.keyId, createdAt: now, lastUpdatedAt: now };
  return {};
});
