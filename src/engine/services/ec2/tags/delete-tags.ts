import type { DeleteTagsRequest } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { dryRunSucceeded } from '../ec2-errors';
import { tagsOfResource } from './taggable-resource';

/**
 * Removes tags: a tag named with a value goes only when its value matches; with no `Tags` at all,
 * every tag goes (EC2 API reference, DeleteTags).
 */
export const deleteTags = defineOperation<DeleteTagsRequest, object>((ctx, input) => {
  const ec2 = ctx.regionState.ec2;
  const targets = (input.Resources ?? []).map((resourceId) => tagsOfResource(ec2, resourceId));
  if (input.DryRun === true) throw dryRunSucceeded();
  const named = input.Tags;
  for (const current of targets) {
    const kept = current.filter(
      (tag) => named !== undefined && !named.some((n) => n.Key === tag.key && (n.Value === undefined || n.Value === tag.value)),
    );
    current.splice(0, current.length, ...kept);
  }
  return {};
});
