import { invalidParameter } from './secretsmanager-errors';

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^mrk-[0-9a-f]{32}$/;
const ALIAS = /^alias\/[A-Za-z0-9/_-]{1,250}$/;
const KEY_ARN = /^arn:aws:kms:[a-z0-9-]+:\d{12}:(key\/.+|alias\/.+)$/;

/**
 * A secret's `KmsKeyId`: a key id, key ARN, alias name or alias ARN, kept as given (DescribeSecret
 * reports it that way). `alias/aws/secretsmanager` is the default key, which AWS does not report.
 */
export function checkSecretKmsKeyId(keyId: string | undefined): string | null {
  if (keyId === undefined || keyId === 'alias/aws/secretsmanager') return null;
  if (KEY_ID.test(keyId) || ALIAS.test(keyId) || KEY_ARN.test(keyId)) return keyId;
  throw invalidParameter(`Invalid KmsKeyId: ${keyId}`);
}
