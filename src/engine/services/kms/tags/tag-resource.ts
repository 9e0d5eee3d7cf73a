import type { TagResourceRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findUsableCustomerKey } from '../keys/find-key';
import { checkTags, mergeTags } from './kms-tags';

/** TagResource: adds or overwrites tags of a customer managed key (not one pending deletion). */
export const tagResource = defineOperation<TagResourceRequest, Record<string, never>>((ctx, input) => {
  const key = findUsableCustomerKey(ctx, input.KeyId ?? '', 'TagResource');
  const tags = checkTags(input.Tags);
  key.tags = mergeTags(key.tags, tags);
  return {};
});
