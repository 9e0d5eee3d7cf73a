import type { UpdateKeyDescriptionRequest } from '@aws-sdk/client-kms';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findUsableCustomerKey } from './find-key';

export const updateKeyDescription = defineOperation<UpdateKeyDescriptionRequest, Record<string, never>>((ctx, input) => {
  const key = findUsableCustomerKey(ctx, input.KeyId ?? '', 'UpdateKeyDescription');
  key.description = input.Description ?? '';
  return {};
});
