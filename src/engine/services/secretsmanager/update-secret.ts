import type { UpdateSecretRequest, UpdateSecretResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { ensureDefaultSecretKey } from './default-secret-key';
import { findLiveSecret } from './find-secret';
import { resolveNewVersion } from './new-version-id';
import { checkSecretKmsKeyId } from './secret-kms-key';
import { checkClientRequestToken, secretValueOf } from './secret-value';
import { AWSCURRENT, addSecretVersion } from './secret-versions';

/**
 * UpdateSecret: changes the description and/or KMS key, and with a value adds a new AWSCURRENT
 * version (the old one becomes AWSPREVIOUS).
 */
export const updateSecret = defineOperation<UpdateSecretRequest, UpdateSecretResponse>((ctx, input) => {
  const secret = findLiveSecret(ctx.regionState.secretsmanager, input.SecretId ?? '');
  const value = secretValueOf(input);
  const token = checkClientRequestToken(input.ClientRequestToken);
  const kmsKeyId = input.KmsKeyId === undefined ? undefined : checkSecretKmsKeyId(input.KmsKeyId);
  const newVersion = value ? resolveNewVersion(secret, token, value, ctx.ids) : undefined;

  const at = ctx.now.getTime();
  if (input.Description !== undefined) secret.description = input.Description;
  if (kmsKeyId !== undefined) secret.kmsKeyId = kmsKeyId;
  if (input.Description !== undefined || kmsKeyId !== undefined) secret.lastChangedAt = at;
  const version = value && newVersion
    ? newVersion.existing ?? addSecretVersion(secret, newVersion.versionId, value, [AWSCURRENT], at)
    : undefined;
  ensureDefaultSecretKey(ctx, secret);
  return { ARN: secret.arn, Name: secret.name, VersionId: version?.versionId };
});
