import type { GetSecretValueRequest, GetSecretValueResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { findLiveSecret } from './find-secret';
import { AWSCURRENT, versionWithId, versionWithStage } from './secret-versions';
import { invalidRequest, secretValueNotFoundForStage, secretValueNotFoundForVersion } from './secretsmanager-errors';

/**
 * GetSecretValue by name or (partial) ARN; `VersionId` and/or `VersionStage` pick the version
 * (default AWSCURRENT). Given both, the stage must be on that version.
 */
export const getSecretValue = defineOperation<GetSecretValueRequest, GetSecretValueResponse>((ctx, input) => {
  const secret = findLiveSecret(ctx.regionState.secretsmanager, input.SecretId ?? '');
  const { VersionId: versionId, VersionStage: stage } = input;
  const version = versionId !== undefined
    ? versionWithId(secret, versionId)
    : versionWithStage(secret, stage ?? AWSCURRENT);
  if (!version) {
    throw versionId !== undefined ? secretValueNotFoundForVersion(versionId) : secretValueNotFoundForStage(stage ?? AWSCURRENT);
  }
  if (versionId !== undefined && stage !== undefined && !version.stages.includes(stage)) {
    throw invalidRequest('You provided a VersionStage that is not associated to the provided VersionId.');
  }
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.versionId,
    SecretString: version.secretString ?? undefined,
    SecretBinary: version.secretBinary === null ? undefined : new Uint8Array(Buffer.from(version.secretBinary, 'base64')),
    VersionStages: [...version.stages],
    CreatedDate: new Date(version.createdAt),
  };
});
