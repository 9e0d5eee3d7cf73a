import { modeledError } from '../../model/modeled-error';
import { DeterministicIds } from '../../sandbox/deterministic-ids';

/** A UUID-shaped key id, fixed per sandbox, region and purpose (an AWS managed key, an alias). */
function derivedKeyId(seed: string, region: string, purpose: string): string {
  const hex = new DeterministicIds(`${seed}/kms/${region}/${purpose}`, { value: 0 }).hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function keyArn(region: string, accountId: string, keyId: string): string {
  return `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
}

/** The account's AWS managed key for RDS (`alias/aws/rds`) in a region. */
export function awsManagedRdsKeyArn(seed: string, region: string, accountId: string): string {
  return keyArn(region, accountId, derivedKeyId(seed, region, 'alias/aws/rds'));
}

/** The AWS managed key Secrets Manager uses by default (`alias/aws/secretsmanager`). */
export function awsManagedSecretsManagerKeyArn(seed: string, region: string, accountId: string): string {
  return keyArn(region, accountId, derivedKeyId(seed, region, 'alias/aws/secretsmanager'));
}

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^mrk-[0-9a-f]{32}$/;
const ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/;

function notAccessible(keyId: string) {
  return modeledError(
    'rds',
    'KMSKeyNotAccessibleFault',
    `The specified KMS key [${keyId}] does not exist, is not enabled or you do not have permissions to access it.`,
  );
}

/**
 * Resolves a `KmsKeyId` (key ARN, key id, alias ARN or alias name) to the key ARN RDS reports.
 * Until the sandbox has a KMS service, every well-formed alias in this account and region names a
 * key (its id derived from the alias), so `alias/aurora-encryption-key` works as it would once
 * created; keys of other regions or accounts are refused as AWS refuses keys it cannot use.
 */
export function resolveKmsKeyArn(requested: string, seed: string, region: string, accountId: string): string {
  const arnPrefix = `arn:aws:kms:${region}:${accountId}:`;
  let reference = requested;
  if (requested.startsWith('arn:')) {
    if (!requested.startsWith(arnPrefix)) throw notAccessible(requested);
    reference = requested.slice(arnPrefix.length);
    if (reference.startsWith('key/')) {
      if (!KEY_ID.test(reference.slice(4))) throw notAccessible(requested);
      return requested;
    }
  }
  if (KEY_ID.test(reference)) return keyArn(region, accountId, reference);
  if (ALIAS.test(reference)) {
    if (reference === 'alias/aws/rds') return awsManagedRdsKeyArn(seed, region, accountId);
    return keyArn(region, accountId, derivedKeyId(seed, region, reference));
  }
  throw notAccessible(requested);
}
