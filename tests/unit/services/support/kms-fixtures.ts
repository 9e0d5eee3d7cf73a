import type { CreateKeyResponse } from '@aws-sdk/client-kms';
import type { Harness } from './engine-harness';

/** Creates a customer managed key (and, if given, an alias for it) in KMS; returns the key ARN. */
export function createKmsKey(h: Harness, aliasName?: string, region?: string): string {
  const key = h.call<CreateKeyResponse>('kms', 'CreateKey', {}, region).KeyMetadata!;
  if (aliasName !== undefined) h.call('kms', 'CreateAlias', { AliasName: aliasName, TargetKeyId: key.KeyId }, region);
  return key.Arn!;
}
