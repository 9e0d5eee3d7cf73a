/** One region's RDS resources. (Fleshed out by the RDS service.) */
export interface RdsRegionState {
  placeholder?: never;
}

export function createRdsRegionState(): RdsRegionState {
  return {};
}
