import type { DeleteSecretRequest, DeleteSecretResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { findSecret } from './find-secret';
import { scheduleSecretDeletion } from './secret-deletion';
import { invalidParameter, invalidRequest, markedForDeletion } from './secretsmanager-errors';

const DEFAULT_RECOVERY_DAYS = 30;

/**
 * DeleteSecret: scheduled after a recovery window of 7–30 days (default 30), during which
 * RestoreSecret brings it back, or at once with ForceDeleteWithoutRecovery (not both). A secret
 * that another service manages (OwningService) is deleted through that service, not here.
 */
export const deleteSecret = defineOperation<DeleteSecretRequest, DeleteSecretResponse>((ctx, input) => {
  const { secretsmanager } = ctx.regionState;
  const secret = findSecret(secretsmanager, input.SecretId ?? '');
  const force = input.ForceDeleteWithoutRecovery === true;
  const days = input.RecoveryWindowInDays;
  if (force && days !== undefined) {
    throw invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
  }
  if (days !== undefined && (days < 7 || days > 30)) {
    throw invalidParameter('The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');
  }
  if (secret.deletedAt !== null) throw markedForDeletion();
  if (secret.owningService !== null) {
    throw invalidRequest(
      `You can't delete secret ${secret.arn} because it's managed by ${secret.owningService}. Use ${secret.owningService} to stop managing the secret instead.`,
    );
  }

  if (force) {
    delete secretsmanager.secrets[secret.name];
    return { ARN: secret.arn, Name: secret.name, DeletionDate: ctx.now };
  }
  const due = scheduleSecretDeletion(ctx, secret, days ?? DEFAULT_RECOVERY_DAYS);
  return { ARN: secret.arn, Name: secret.name, DeletionDate: new Date(due) };
});
