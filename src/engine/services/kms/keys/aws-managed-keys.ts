import { DeterministicIds } from '../../../sandbox/deterministic-ids';
import { ownEntry } from '../../shared/own-entry';
import { kmsKeyArn } from '../kms-arns';
import type { KmsRegionState } from '../kms-state';
import type { KmsKeyRecord } from './kms-key-record';

/**
 * The predefined aliases every account has in every Region (ListAliases shows them, without a
 * `TargetKeyId` until the service first uses its key). The AWS managed key behind one is created
 * when its service first needs it; only RDS and Secrets Manager do so in this sandbox.
 */
export const PREDEFINED_ALIASES: readonly string[] = [
  'alias/aws/dynamodb',
  'alias/aws/ebs',
  'alias/aws/elasticfilesystem',
  'alias/aws/es',
  'alias/aws/glue',
  'alias/aws/kinesisvideo',
  'alias/aws/lambda',
  'alias/aws/rds',
  'alias/aws/redshift',
  'alias/aws/s3',
  'alias/aws/secretsmanager',
  'alias/aws/ssm',
  'alias/aws/xray',
];

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'alias/aws/rds': 'Default key that protects my RDS database volumes when no other key is defined',
  'alias/aws/secretsmanager': 'Default key that protects my Secrets Manager data when no other key is defined',
};

export interface ManagedKeyScope {
  readonly seed: string;
  readonly region: string;
  readonly accountId: string;
}

export function isPredefinedAlias(aliasName: string): boolean {
  return PREDEFINED_ALIASES.includes(aliasName);
}

/**
 * The id of the AWS managed key behind a predefined alias: fixed per sandbox, region and alias, so
 * RDS can name the key before it exists and a read never spends an id.
 */
export function awsManagedKeyId(scope: ManagedKeyScope, aliasName: string): string {
  const hex = new DeterministicIds(`${scope.seed}/kms/${scope.region}/${aliasName}`, { value: 0 }).hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function awsManagedKeyArn(scope: ManagedKeyScope, aliasName: string): string {
  return kmsKeyArn(scope.region, scope.accountId, awsManagedKeyId(scope, aliasName));
}

/** The predefined alias whose AWS managed key has this id, if any. */
export function predefinedAliasOfKey(scope: ManagedKeyScope, keyId: string): string | undefined {
  return PREDEFINED_ALIASES.find((alias) => awsManagedKeyId(scope, alias) === keyId);
}

function managedKeyPolicy(scope: ManagedKeyScope, aliasName: string): string {
  const service = aliasName.slice('alias/aws/'.length);
  return JSON.stringify({
    Version: '2012-10-17',
    Id: `auto-${service}-2`,
    Statement: [
      {
        Sid: `Allow access through ${service} for all principals in the account that are authorized to use ${service}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:ListGrants', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': scope.accountId, 'kms:ViaService': `${service}.${scope.region}.amazonaws.com` } },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${scope.accountId}:root` },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
        Resource: '*',
      },
    ],
  });
}

/** The AWS managed key of a predefined alias as it is (or would be, if created at `now`). */
export function awsManagedKeyRecord(scope: ManagedKeyScope, aliasName: string, now: number): KmsKeyRecord {
  const keyId = awsManagedKeyId(scope, aliasName);
  return {
    keyId,
    arn: kmsKeyArn(scope.region, scope.accountId, keyId),
    createdAt: now,
    description: DESCRIPTIONS[aliasName] ?? `Default key that protects my ${aliasName.slice('alias/aws/'.length)} data when no other key is defined`,
    keyManager: 'AWS',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    multiRegion: false,
    policy: managedKeyPolicy(scope, aliasName),
    keyState: 'Enabled',
    deletionDate: null,
    pendingWindowInDays: null,
    tags: [],
  };
}

/**
 * Creates the AWS managed key of a predefined alias, and points the alias at it, unless it exists:
 * what KMS does when a service first uses its key. Call it only once the using call is accepted.
 */
export function ensureAwsManagedKey(kms: KmsRegionState, scope: ManagedKeyScope, aliasName: string, now: number): KmsKeyRecord {
  const keyId = awsManagedKeyId(scope, aliasName);
  const existing = ownEntry(kms.keys, keyId);
  if (existing) return existing;
  const key = awsManagedKeyRecord(scope, aliasName, now);
  kms.keys[keyId] = key;
  kms.aliases[aliasName] = { aliasName, targetKeyId: keyId, createdAt: now, lastUpdatedAt: now };
  return key;
}
