/** One region's Secrets Manager secrets. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the service is built
export interface SecretsManagerRegionState {}

export function createSecretsManagerRegionState(): SecretsManagerRegionState {
  return {};
}
