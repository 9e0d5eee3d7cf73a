import type { ListKeysRequest, ListKeysResponse } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { kmsPage } from '../kms-pagination';

/** ListKeys: every key of the Region (customer and AWS managed), ids and ARNs only. */
export const listKeys = defineOperation<ListKeysRequest, ListKeysResponse>((ctx, input) => {
  const keys = Object.values(ctx.regionState.kms.keys).map((key) => ({ KeyId: key.keyId, KeyArn: key.arn }));
  const page = kmsPage(keys, input.Limit, input.Marker);
  return { Keys: page.items, NextMarker: page.nextMarker, Truncated: page.nextMarker !== undefined };
});
