import type { CreateSecretRequest, CreateSecretResponse } from '@aws-sdk/client-secrets-manager';
import { defineOperation } from '../../sandbox/service-handlers';
import { ownEntry } from '../shared/own-entry';
import { checkSecretKmsKeyId } from './secret-kms-key';
import { checkSecretName } from './secret-name';
import { checkTags } from './secret-tags';
import { checkClientRequestToken, secretValueOf } from './secret-value';
import { invalidRequest, secretAlreadyExists } from './secretsmanager-errors';
import { storeNewSecret } from './store-secret';

/**
 * CreateSecret: a new secret, with its value (if given) as the AWSCURRENT version. A name still
 * held by a secret scheduled for deletion cannot be reused until it is restored or gone.
 */
export const createSecret = defineOperation<CreateSecretRequest, CreateSecretResponse>((ctx, input) => {
  const name = checkSecretName(input.Name ?? '');
  const value = secretValueOf(input);
  const versionId = checkClientRequestToken(input.ClientRequestToken);
  const kmsKeyId = checkSecretKmsKeyId(input.KmsKeyId);
  const tags = checkTags(input.Tags);
  if (input.AddReplicaRegions !== undefined && input.AddReplicaRegions.length > 0) {
    throw invalidRequest('Replicating a secret to other Regions is not available in this Aurora Lab sandbox yet.');
  }
  const existing = ownEntry(ctx.regionState.secretsmanager.secrets, name);
  if (existing?.deletedAt != null) {
    throw invalidRequest("You can't create this secret because a secret with this name is already scheduled for deletion.");
  }
  if (existing) throw secretAlreadyExists(name);

  const secret = storeNewSecret(ctx, { name, description: input.Description ?? null, kmsKeyId, tags, value, versionId });
  return { ARN: secret.arn, Name: secret.name, VersionId: secret.versions[0]?.versionId };
});
