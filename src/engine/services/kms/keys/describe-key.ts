import type { DescribeKeyRequest, DescribeKeyResponse } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findKey } from './find-key';
import { renderKeyMetadata } from './render-key-metadata';

/**
 * DescribeKey by key id, key ARN, alias name or alias ARN, in any key state. A predefined AWS
 * alias whose key no service has used yet answers with that AWS managed key as KMS would create it.
 */
export const describeKey = defineOperation<DescribeKeyRequest, DescribeKeyResponse>((ctx, input) => {
  const { key } = findKey(ctx, input.KeyId ?? '');
  return { KeyMetadata: renderKeyMetadata(key, ctx.accountId, ctx.region) };
});
