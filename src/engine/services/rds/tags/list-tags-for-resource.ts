import type { ListTagsForResourceMessage, TagListMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { renderRdsTags } from '../rds-tag';
import { resolveTaggedResource } from './resolve-tagged-resource';

/** ListTagsForResource: the tags of any taggable RDS resource, named by ARN (Filters are not supported by AWS either). */
export const listTagsForResource = defineOperation<ListTagsForResourceMessage, TagListMessage>((ctx, input) => ({
  TagList: renderRdsTags(resolveTaggedResource(ctx, input.ResourceName ?? '')),
}));
