import type { PutSecretValueRequest, PutSecretValueResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { ensureDefaultSecretKey } from './default-secret-key';
import { findLiveSecret } from './find-secret';
import { resolveNewVersion } from './new-version-id';
import { checkClientRequestToken, secretValueOf } from './secret-value';
import { AWSCURRENT, addSecretVersion } from './secret-versions';
import { invalidParameter } from './secretsmanager-errors';

const MAX_STAGES = 20;

/**
 * PutSecretValue: a new version carrying `VersionStages` (default AWSCURRENT); the version that
 * was AWSCURRENT becomes AWSPREVIOUS.
 */
export const putSecretValue = defineOperation<PutSecretValueRequest, PutSecretValueResponse>((ctx, input) => {
  const secret = findLiveSecret(ctx.regionState.secretsmanager, input.SecretId ?? '');
  const value = secretValueOf(input);
  if (!value) throw invalidParameter('You must provide either SecretString or SecretBinary.');
  const token = checkClientRequestToken(input.ClientRequestToken);
  const stages = [...new Set(input.VersionStages ?? [AWSCURRENT])];
  if (stages.length === 0 || stages.length > MAX_STAGES) {
    throw invalidParameter(`You must provide between 1 and ${MAX_STAGES} staging labels.`);
  }
  const { versionId, existing } = resolveNewVersion(secret, token, value, ctx.ids);
  const version = existing ?? addSecretVersion(secret, versionId, value, stages, ctx.now.getTime());
  ensureDefaultSecretKey(ctx, secret);
  return { ARN: secret.arn, Name: secret.name, VersionId: version.versionId, VersionStages: [...version.stages] };
});
