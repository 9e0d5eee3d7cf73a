import type { AddTagsToResourceMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { loadPercentOf, recordSimulatedLoadChange } from '../../monitoring/metrics/simulated-load';
import { resolveTaggedResource } from './resolve-tagged-resource';
import { mergeTags, replaceTags } from './tag-rules';

/** AddTagsToResource: adds or overwrites tags on any taggable RDS resource, named by ARN. */
export const addTagsToResource = defineOperation<AddTagsToResourceMessage, Record<string, never>>((ctx, input) => {
  const tags = resolveTaggedResource(ctx, input.ResourceName ?? '');
  const merged = mergeTags(tags, input.Tags ?? []);
  const previousLoad = loadPercentOf(tags);
  replaceTags(tags, merged);
  recordSimulatedLoadChange(ctx, input.ResourceName ?? '', previousLoad, tags);
  return {};
});
