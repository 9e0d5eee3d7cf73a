import type { TagResourceRequest, UntagResourceRequest } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { findLiveSecret } from './find-secret';
import { checkTags, mergeTags } from './secret-tags';

/** TagResource: adds tags, replacing the value of a key the secret already has. */
export const tagResource = defineOperation<TagResourceRequest, Record<string, never>>((ctx, input) => {
  const secret = findLiveSecret(ctx.regionState.secretsmanager, input.SecretId ?? '');
  secret.tags = mergeTags(secret.tags, checkTags(input.Tags));
  return {};
});

/** UntagResource: removes tags by key (keys the secret lacks are ignored). */
export const untagResource = defineOperation<UntagResourceRequest, Record<string, never>>((ctx, input) => {
  const secret = findLiveSecret(ctx.regionState.secretsmanager, input.SecretId ?? '');
  const removed = new Set(input.TagKeys ?? []);
  secret.tags = secret.tags.filter((tag) => !removed.has(tag.Key));
  return {};
});
