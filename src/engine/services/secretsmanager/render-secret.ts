import type { DescribeSecretResponse, SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { SecretRecord } from './secret-record';
import { versionIdsToStages } from './secret-versions';

/** What DescribeSecret and ListSecrets share; members AWS omits when unset are left out. */
function secretMetadata(secret: SecretRecord) {
  return {
    ARN: secret.arn,
    Name: secret.name,
    Description: secret.description ?? undefined,
    KmsKeyId: secret.kmsKeyId ?? undefined,
    RotationEnabled: secret.rotationEnabled ? true : undefined,
    RotationRules: secret.rotationDays === null ? undefined : { AutomaticallyAfterDays: secret.rotationDays },
    LastChangedDate: new Date(secret.lastChangedAt),
    DeletedDate: secret.deletedAt === null ? undefined : new Date(secret.deletedAt),
    Tags: secret.tags.length === 0 ? undefined : secret.tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })),
    OwningService: secret.owningService ?? undefined,
    CreatedDate: new Date(secret.createdAt),
  };
}

export function renderSecretDescription(secret: SecretRecord): DescribeSecretResponse {
  return { ...secretMetadata(secret), VersionIdsToStages: versionIdsToStages(secret) };
}

export function renderSecretListEntry(secret: SecretRecord): SecretListEntry {
  return { ...secretMetadata(secret), SecretVersionsToStages: versionIdsToStages(secret) };
}
