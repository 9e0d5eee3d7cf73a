import type { DbClusterBacktrackRecord } from './backtrack/db-cluster-backtrack-record';
import type { DbClusterRecord } from './clusters/db-cluster-record';
import type { GlobalClusterRecord } from './global/global-cluster-record';
import type { DbClusterEndpointRecord } from './endpoints/db-cluster-endpoint-record';
import type { RdsEventRecord } from './events/rds-event-record';
import type { DbInstanceRecord } from './instances/db-instance-record';
import type { DbClusterSnapshotRecord } from './snapshots/db-cluster-snapshot-record';
import type { DbSubnetGroupRecord } from './subnet-groups/db-subnet-group-record';
import type { ParameterGroupRecord, PendingParameterReboot } from './parameter-groups/parameter-group-record';

/**
 * One region's RDS resources. Tables are keyed by lowercase identifier and keep creation order;
 * events are append-only.
 */
export interface RdsRegionState {
  readonly clusters: Record<string, DbClusterRecord>;
  readonly instances: Record<string, DbInstanceRecord>;
  readonly subnetGroups: Record<string, DbSubnetGroupRecord>;
  readonly events: RdsEventRecord[];
  /** Custom DB cluster parameter groups (the `default.<family>` groups are implicit), by lowercase name. */
  readonly clusterParameterGroups: Record<string, ParameterGroupRecord>;
  /** Custom DB (instance) parameter groups, by lowercase name. */
  readonly dbParameterGroups: Record<string, ParameterGroupRecord>;
  /** Instances (by resource id) whose parameter groups changed in a way that waits for a reboot. */
  readonly parameterRebootPending: Record<string, PendingParameterReboot>;
  /** Custom cluster endpoints, keyed by lowercase endpoint identifier (unique per region). */
  readonly clusterEndpoints: Record<string, DbClusterEndpointRecord>;
  /** Global databases created from this region (account-wide; see global/find-global-cluster.ts). */
  readonly globalClusters: Record<string, GlobalClusterRecord>;
  /** Cluster snapshots, manual (`name`) and automated (`rds:name`), keyed by lowercase identifier. */
  readonly clusterSnapshots: Record<string, DbClusterSnapshotRecord>;
  /** Every backtrack requested, in request order. */
  readonly backtracks: DbClusterBacktrackRecord[];
}

export function createRdsRegionState(): RdsRegionState {
  return { clusterParameterGroups: {}, dbParameterGroups: {}, parameterRebootPending: {}, clusters: {}, instances: {}, subnetGroups: {}, events: [], clusterEndpoints: {}, globalClusters: {}, clusterSnapshots: {}, backtracks: [] };
}
