import type { RemoveTagsFromResourceMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { loadPercentOf, recordSimulatedLoadChange } from '../../monitoring/metrics/simulated-load';
import { resolveTaggedResource } from './resolve-tagged-resource';
import { replaceTags } from './tag-rules';

/** RemoveTagsFromResource: removes the named keys (keys not present are ignored, as at AWS). */
export const removeTagsFromResource = defineOperation<RemoveTagsFromResourceMessage, Record<string, never>>((ctx, input) => {
  const tags = resolveTaggedResource(ctx, input.ResourceName ?? '');
  const keys = new Set(input.TagKeys ?? []);
  const previousLoad = loadPercentOf(tags);
  replaceTags(tags, tags.filter((tag) => !keys.has(tag.key)));
  recordSimulatedLoadChange(ctx, input.ResourceName ?? '', previousLoad, tags);
  return {};
});
