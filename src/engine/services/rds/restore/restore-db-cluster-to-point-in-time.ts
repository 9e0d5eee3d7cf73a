import type { RestoreDBClusterToPointInTimeMessage, RestoreDBClusterToPointInTimeResult } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { activeMembersOf } from '../clusters/cluster-members';
import { findCluster } from '../clusters/find-cluster';
import { renderDbCluster } from '../clusters/render-db-cluster';
import { CLUSTER_CLONE_MS, CLUSTER_RESTORE_MS } from '../lifecycle-durations';
import { invalidDbClusterState, invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { restorableWindow } from './restorable-window';
import { prepareRestore } from './restored-cluster';

const RESTORE_TYPES = ['full-copy', 'copy-on-write'];

function uuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * RestoreDBClusterToPointInTime: a new cluster from the source's state at `RestoreToTime` (or its
 * latest restorable time), which must lie in [EarliestRestorableTime, LatestRestorableTime] else
 * InvalidRestoreFault. `RestoreType copy-on-write` makes a fast clone (UG/Aurora.Managing.Clone.html):
 * same Region, the source needs at least one DB instance, and source and clone share a CloneGroupId.
 */
export const restoreDbClusterToPointInTime = defineOperation<RestoreDBClusterToPointInTimeMessage, RestoreDBClusterToPointInTimeResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const restoreType = input.RestoreType ?? 'full-copy';
  if (!RESTORE_TYPES.includes(restoreType)) {
    throw invalidParameterValue(`Invalid value ${restoreType} for RestoreType. Valid values: full-copy, copy-on-write.`);
  }
  if (input.SourceDbClusterResourceId !== undefined && input.SourceDBClusterIdentifier === undefined) {
    throw invalidParameterCombination('Restoring by SourceDbClusterResourceId (retained automated backups) is not available in this sandbox; use SourceDBClusterIdentifier.');
  }
  const source = findCluster(rds, input.SourceDBClusterIdentifier ?? '');
  const useLatest = input.UseLatestRestorableTime === true;
  if (useLatest && input.RestoreToTime !== undefined) {
    throw invalidParameterCombination('Cannot specify both RestoreToTime and UseLatestRestorableTime.');
  }
  if (!useLatest && input.RestoreToTime === undefined) {
    throw invalidParameterCombination('Either RestoreToTime or UseLatestRestorableTime must be specified.');
  }
  const window = restorableWindow(source, ctx.now.getTime());
  if (window === null || source.status === 'deleting') {
    throw invalidDbClusterState(`The source DB cluster ${source.identifier} has no restorable time yet (it is ${source.status}).`);
  }
  if (input.RestoreToTime !== undefined) {
    const at = new Date(input.RestoreToTime).getTime();
    if (!(at >= window.earliest && at <= window.latest)) {
      throw modeledError(
        'rds',
        'InvalidRestoreFault',
        `The requested point in time ${new Date(at).toISOString()} is outside the restorable window of DB cluster ${source.identifier}: ${new Date(window.earliest).toISOString()} to ${new Date(window.latest).toISOString()}.`,
      );
    }
  }
  const clone = restoreType === 'copy-on-write';
  if (clone && activeMembersOf(rds, source.identifier).length === 0) {
    throw invalidDbClusterState(`Cannot clone DB cluster ${source.identifier} because it has no DB instances. Add a DB instance to the source cluster first.`);
  }
  const restored = prepareRestore(ctx, source, input);

  // Accepted: from here on nothing throws.
  let extra = {};
  if (clone) {
    source.cloneGroupId ??= uuid(ctx.ids.hex(32));
    extra = { cloneGroupId: source.cloneGroupId };
  }
  const cluster = restored.commit(clone ? CLUSTER_CLONE_MS : CLUSTER_RESTORE_MS, extra);
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});
