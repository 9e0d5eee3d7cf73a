import type { DbInstanceRecord } from '../instances/db-instance-record';
import type { RdsRegionState } from '../rds-state';
import type { ParameterGroupKind } from './parameter-group-kinds';

/**
 * Marks every instance using a group (directly, or through its cluster for a cluster group) as
 * waiting for a reboot: RDS then shows `pending-reboot` as the member's
 * `DBClusterParameterGroupStatus` / the instance's `ParameterApplyStatus` (UG/USER_WorkingWithParamGroups).
 */
export function markPendingParameterReboot(rds: RdsRegionState, kind: ParameterGroupKind, groupName: string): void {
  const clusters = new Set(
    Object.values(rds.clusters)
      .filter((cluster) => cluster.dbClusterParameterGroupName === groupName)
      .map((cluster) => cluster.identifier),
  );
  for (const instance of Object.values(rds.instances)) {
    if (instance.status === 'deleting') continue;
    const uses = kind === 'cluster' ? clusters.has(instance.clusterIdentifier) : instance.dbParameterGroupName === groupName;
    if (!uses) continue;
    const pending = rds.parameterRebootPending[instance.resourceId] ?? { cluster: false, instance: false };
    pending[kind] = true;
    rds.parameterRebootPending[instance.resourceId] = pending;
  }
}

/**
 * For RebootDBInstance (and anything that restarts an instance's engine): the instance has now
 * applied every parameter change that waited for a reboot, so its groups are `in-sync` again.
 */
export function applyPendingParameterReboot(rds: RdsRegionState, instance: Pick<DbInstanceRecord, 'resourceId'>): void {
  delete rds.parameterRebootPending[instance.resourceId];
}

/** `DBClusterMembers[].DBClusterParameterGroupStatus` of a cluster member. */
export function clusterParameterApplyStatus(rds: RdsRegionState, instance: Pick<DbInstanceRecord, 'resourceId'>): string {
  return Object.hasOwn(rds.parameterRebootPending, instance.resourceId) && rds.parameterRebootPending[instance.resourceId].cluster
    ? 'pending-reboot'
    : 'in-sync';
}

/** `DBParameterGroups[].ParameterApplyStatus` of an instance. */
export function instanceParameterApplyStatus(rds: RdsRegionState, instance: Pick<DbInstanceRecord, 'resourceId'>): string {
  return Object.hasOwn(rds.parameterRebootPending, instance.resourceId) && rds.parameterRebootPending[instance.resourceId].instance
    ? 'pending-reboot'
    : 'in-sync';
}

/**
 * For ModifyDBCluster with a new `DBClusterParameterGroupName`: Aurora associates the group at once,
 * but its members apply it only after a reboot, so they show `pending-reboot` until then.
 */
export function markClusterMembersPendingReboot(rds: RdsRegionState, clusterIdentifier: string): void {
  for (const instance of Object.values(rds.instances)) {
    if (instance.clusterIdentifier !== clusterIdentifier || instance.status === 'deleting') continue;
    const pending = rds.parameterRebootPending[instance.resourceId] ?? { cluster: false, instance: false };
    pending.cluster = true;
    rds.parameterRebootPending[instance.resourceId] = pending;
  }
}
