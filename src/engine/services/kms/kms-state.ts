/** One region's KMS keys and aliases. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the service is built
export interface KmsRegionState {}

export function createKmsRegionState(): KmsRegionState {
  return {};
}
