import type { AliasListEntry, ListAliasesRequest, ListAliasesResponse } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { PREDEFINED_ALIASES } from '../keys/aws-managed-keys';
import { findKey } from '../keys/find-key';
import { kmsAliasArn } from '../kms-arns';
import { kmsPage } from '../kms-pagination';
import { renderAlias } from './render-alias';

/**
 * ListAliases: the account's aliases in the Region by name, including the predefined AWS aliases
 * (without `TargetKeyId` until their key exists). With `KeyId` (a key id or key ARN), only the
 * aliases of that key.
 */
export const listAliases = defineOperation<ListAliasesRequest, ListAliasesResponse>((ctx, input) => {
  const { kms } = ctx.regionState;
  const keyId = input.KeyId === undefined ? undefined : findKey(ctx, input.KeyId, { aliases: false }).key.keyId;
  const entries: AliasListEntry[] = Object.values(kms.aliases)
    .filter((alias) => keyId === undefined || alias.targetKeyId === keyId)
    .map((alias) => renderAlias(alias, ctx.region, ctx.accountId));
  if (keyId === undefined) {
    for (const aliasName of PREDEFINED_ALIASES) {
      if (!ownEntry(kms.aliases, aliasName)) entries.push({ AliasName: aliasName, AliasArn: kmsAliasArn(ctx.region, ctx.accountId, aliasName) });
    }
  }
  entries.sort((a, b) => (a.AliasName! < b.AliasName! ? -1 : a.AliasName! > b.AliasName! ? 1 : 0));
  const page = kmsPage(entries, input.Limit, input.Marker, 100);
  return { Aliases: page.items, NextMarker: page.nextMarker, Truncated: page.nextMarker !== undefined };
});
