import type { UpdateAliasRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { findUsableCustomerKey } from '../keys/find-key';
import { kmsAliasArn } from '../kms-arns';
import { aliasNotFound } from '../kms-errors';
import { checkAliasTarget, checkCustomerAliasName } from './alias-names';

/** UpdateAlias: points an existing alias at another customer managed key. */
export const updateAlias = defineOperation<UpdateAliasRequest, Record<string, never>>((ctx, input) => {
  const aliasName = checkCustomerAliasName(input.AliasName ?? '');
  const alias = ownEntry(ctx.regionState.kms.aliases, aliasName);
  if (!alias) throw aliasNotFound(kmsAliasArn(ctx.region, ctx.accountId, aliasName));
  checkAliasTarget(input.TargetKeyId ?? '');
  const key = findUsableCustomerKey(ctx, input.TargetKeyId ?? '', 'UpdateAlias');
  alias.targetKeyId = key.keyId;
  alias.lastUpdatedAt = ctx.now.getTime();
  return {};
});
