import type { ListResourceTagsRequest, ListResourceTagsResponse } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findKey } from '../keys/find-key';
import { kmsPage } from '../kms-pagination';
import { renderTags } from './kms-tags';

/** ListResourceTags of a key (key id or key ARN), in any key state. */
export const listResourceTags = defineOperation<ListResourceTagsRequest, ListResourceTagsResponse>((ctx, input) => {
  const { key } = findKey(ctx, input.KeyId ?? '', { aliases: false });
  const page = kmsPage(renderTags(key.tags), input.Limit ?? 50, input.Marker, 50);
  return { Tags: page.items, NextMarker: page.nextMarker, Truncated: page.nextMarker !== undefined };
});
