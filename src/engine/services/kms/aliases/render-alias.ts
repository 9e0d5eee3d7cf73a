import type { AliasListEntry } from '@aws-sdk/client-kms';
import { kmsAliasArn } from '../kms-arns';
import type { KmsAliasRecord } from './kms-alias-record';

export function renderAlias(alias: KmsAliasRecord, region: string, accountId: string): AliasListEntry {
  return {
    AliasName: alias.aliasName,
    AliasArn: kmsAliasArn(region, accountId, alias.aliasName),
    TargetKeyId: alias.targetKeyId,
    CreationDate: new Date(alias.createdAt),
    LastUpdatedDate: new Date(alias.lastUpdatedAt),
  };
}
