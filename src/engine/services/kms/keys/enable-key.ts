import type { EnableKeyRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findUsableCustomerKey } from './find-key';

/** EnableKey: Enabled again (a key pending deletion must have its deletion cancelled first). */
export const enableKey = defineOperation<EnableKeyRequest, Record<string, never>>((ctx, input) => {
  const key = findUsableCustomerKey(ctx, input.KeyId ?? '', 'EnableKey');
  key.keyState = 'Enabled';
  return {};
});
