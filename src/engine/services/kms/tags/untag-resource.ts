import type { UntagResourceRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findUsableCustomerKey } from '../keys/find-key';

/** UntagResource: removes tags by key; a key the resource does not have is no error. */
export const untagResource = defineOperation<UntagResourceRequest, Record<string, never>>((ctx, input) => {
  const key = findUsableCustomerKey(ctx, input.KeyId ?? '', 'UntagResource');
  const removed = new Set(input.TagKeys ?? []);
  key.tags = key.tags.filter((tag) => !removed.has(tag.key));
  return {};
});
