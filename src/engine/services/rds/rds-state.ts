import type { DbClusterRecord } from './clusters/db-cluster-record';
import type { RdsEventRecord } from './events/rds-event-record';
import type { DbInstanceRecord } from './instances/db-instance-record';
import type { DbSubnetGroupRecord } from './subnet-groups/db-subnet-group-record';

/**
 * One region's RDS resources. Tables are keyed by lowercase identifier and keep creation order;
 * events are append-only.
 */
export interface RdsRegionState {
  readonly clusters: Record<string, DbClusterRecord>;
  readonly instances: Record<string, DbInstanceRecord>;
  readonly subnetGroups: Record<string, DbSubnetGroupRecord>;
  readonly events: RdsEventRecord[];
}

export function createRdsRegionState(): RdsRegionState {
  return { clusters: {}, instances: {}, subnetGroups: {}, events: [] };
}
