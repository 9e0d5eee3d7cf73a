import type { RestoreSecretRequest, RestoreSecretResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { findSecret } from './find-secret';

/** RestoreSecret: cancels a scheduled deletion (a secret not scheduled for deletion is left as it is). */
export const restoreSecret = defineOperation<RestoreSecretRequest, RestoreSecretResponse>((ctx, input) => {
  const secret = findSecret(ctx.regionState.secretsmanager, input.SecretId ?? '');
  secret.deletedAt = null;
  secret.deletionDueAt = null;
  return { ARN: secret.arn, Name: secret.name };
});
