import type { DeleteAliasRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { kmsAliasArn } from '../kms-arns';
import { aliasNotFound } from '../kms-errors';
import { checkCustomerAliasName } from './alias-names';

/** DeleteAlias: the key it names is not affected. */
export const deleteAlias = defineOperation<DeleteAliasRequest, Record<string, never>>((ctx, input) => {
  const aliasName = checkCustomerAliasName(input.AliasName ?? '');
  const { kms } = ctx.regionState;
  if (!ownEntry(kms.aliases, aliasName)) throw aliasNotFound(kmsAliasArn(ctx.region, ctx.accountId, aliasName));
  delete kms.aliases[aliasName];
  return {};
});
