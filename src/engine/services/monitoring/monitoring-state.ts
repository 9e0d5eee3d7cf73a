/** One region's CloudWatch alarms (metrics are derived from the other services' state). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the service is built
export interface CloudWatchRegionState {}

export function createCloudWatchRegionState(): CloudWatchRegionState {
  return {};
}
