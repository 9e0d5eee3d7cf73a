import type { SecretRecord } from './secret-record';

/** One region's Secrets Manager secrets, by name. */
export interface SecretsManagerRegionState {
  readonly secrets: Record<string, SecretRecord>;
}

export function createSecretsManagerRegionState(): SecretsManagerRegionState {
  return { secrets: {} };
}
