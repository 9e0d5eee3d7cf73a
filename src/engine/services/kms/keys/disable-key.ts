import type { DisableKeyRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findUsableCustomerKey } from './find-key';

/** DisableKey: the key stays but cannot be used (RDS reports what it encrypts as inaccessible). */
export const disableKey = defineOperation<DisableKeyRequest, Record<string, never>>((ctx, input) => {
  const key = findUsableCustomerKey(ctx, input.KeyId ?? '', 'DisableKey');
  key.keyState = 'Disabled';
  return {};
});
