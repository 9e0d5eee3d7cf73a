import type { CancelKeyDeletionRequest, CancelKeyDeletionResponse } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { keyNotPendingDeletion } from '../kms-errors';
import { findCustomerKey } from './find-key';

/** CancelKeyDeletion: the key comes back `Disabled` (KMS never re-enables it by itself). */
export const cancelKeyDeletion = defineOperation<CancelKeyDeletionRequest, CancelKeyDeletionResponse>((ctx, input) => {
  const key = findCustomerKey(ctx, input.KeyId ?? '', 'CancelKeyDeletion');
  if (key.keyState !== 'PendingDeletion') throw keyNotPendingDeletion(key.arn);
  key.keyState = 'Disabled';
  key.deletionDate = null;
  key.pendingWindowInDays = null;
  return { KeyId: key.arn };
});
