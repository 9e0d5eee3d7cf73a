import type { CreateTagsRequest } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { dryRunSucceeded, tagLimitExceeded } from '../ec2-errors';
import { checkTags, MAX_TAGS_PER_RESOURCE } from '../tag-specifications';
import { tagsOfResource } from './taggable-resource';

/** Adds or overwrites tags on each resource; all resources are checked before any is changed. */
export const createTags = defineOperation<CreateTagsRequest, object>((ctx, input) => {
  const ec2 = ctx.regionState.ec2;
  const tags = checkTags(input.Tags ?? []);
  const targets = (input.Resources ?? []).map((resourceId) => tagsOfResource(ec2, resourceId));
  for (const current of targets) {
    const keys = new Set([...current.map((tag) => tag.key), ...tags.map((tag) => tag.key)]);
    if (keys.size > MAX_TAGS_PER_RESOURCE) throw tagLimitExceeded();
  }
  if (input.DryRun === true) throw dryRunSucceeded();
  for (const current of targets) {
    for (const tag of tags) {
      const index = current.findIndex((existing) => existing.key === tag.key);
      if (index >= 0) current.splice(index, 1, { ...tag });
      else current.push({ ...tag });
    }
  }
  return {};
});
