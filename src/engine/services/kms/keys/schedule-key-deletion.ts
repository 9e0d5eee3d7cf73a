import type { ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { constraintViolation } from '../kms-errors';
import { findUsableCustomerKey } from './find-key';
import { KEY_DELETION_TRANSITION } from './key-deletion';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * ScheduleKeyDeletion: a waiting period of 7–30 days (default 30), during which the key is
 * `PendingDeletion` and unusable; then KMS deletes it. AWS managed keys cannot be deleted.
 */
export const scheduleKeyDeletion = defineOperation<ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse>((ctx, input) => {
  const days = input.PendingWindowInDays ?? 30;
  if (days < 7 || days > 30 || !Number.isInteger(days)) {
    throw constraintViolation(
      String(days),
      'pendingWindowInDays',
      days < 7 ? 'Member must have value greater than or equal to 7' : 'Member must have value less than or equal to 30',
    );
  }
  const key = findUsableCustomerKey(ctx, input.KeyId ?? '', 'ScheduleKeyDeletion');
  const deletionDate = ctx.now.getTime() + days * DAY_MS;
  key.keyState = 'PendingDeletion';
  key.deletionDate = deletionDate;
  key.pendingWindowInDays = days;
  ctx.schedule(days * DAY_MS, KEY_DELETION_TRANSITION, { keyId: key.keyId, deletionDate });
  return { KeyId: key.arn, DeletionDate: new Date(deletionDate), KeyState: 'PendingDeletion', PendingWindowInDays: days };
});
