import type { SecretRecord, SecretVersionRecord } from './secret-record';
import type { SecretValueInput } from './secret-value';

export const AWSCURRENT = 'AWSCURRENT';
export const AWSPREVIOUS = 'AWSPREVIOUS';

/** The version holding a staging label, if any. */
export function versionWithStage(secret: SecretRecord, stage: string): SecretVersionRecord | undefined {
  return secret.versions.find((version) => version.stages.includes(stage));
}

/** The version with an id, if any. */
export function versionWithId(secret: SecretRecord, versionId: string): SecretVersionRecord | undefined {
  return secret.versions.find((version) => version.versionId === versionId);
}

/** Whether a stored version holds exactly `value` (a retried request with the same token). */
export function sameValue(version: SecretVersionRecord, value: SecretValueInput): boolean {
  return version.secretString === value.secretString && version.secretBinary === value.secretBinary;
}

/**
 * Adds a version carrying `stages` (a label lives on one version only, so it leaves the others).
 * When AWSCURRENT moves, the version that had it becomes AWSPREVIOUS, as Secrets Manager does.
 * Versions left without labels are deprecated: kept, but no longer listed.
 */
export function addSecretVersion(
  secret: SecretRecord,
  versionId: string,
  value: SecretValueInput,
  stages: readonly string[],
  at: number,
): SecretVersionRecord {
  const previousCurrent = stages.includes(AWSCURRENT) ? versionWithStage(secret, AWSCURRENT) : undefined;
  for (const version of secret.versions) {
    version.stages = version.stages.filter((stage) => !stages.includes(stage));
  }
  if (previousCurrent) {
    for (const version of secret.versions) version.stages = version.stages.filter((stage) => stage !== AWSPREVIOUS);
    previousCurrent.stages.push(AWSPREVIOUS);
  }
  const version: SecretVersionRecord = { versionId, ...value, stages: [...stages], createdAt: at };
  secret.versions.push(version);
  secret.lastChangedAt = at;
  return version;
}

/** Each labelled version's id and its labels (`VersionIdsToStages`), or undefined if there are none. */
export function versionIdsToStages(secret: SecretRecord): Record<string, string[]> | undefined {
  const labelled = secret.versions.filter((version) => version.stages.length > 0);
  if (labelled.length === 0) return undefined;
  return Object.fromEntries(labelled.map((version) => [version.versionId, [...version.stages]]));
}
