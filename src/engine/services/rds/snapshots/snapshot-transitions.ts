import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { RECHECK_MS } from '../lifecycle-durations';
import { BACKTRACK_TRANSITIONS } from '../backtrack/backtrack-transitions';
import { automatedSnapshotIdentifier, automatedSnapshotsOf, nextBackupWindowStart, pruneAutomatedSnapshots } from './automated-backups';
import { SNAPSHOT_TRANSITION_KINDS } from './snapshot-transition-kinds';
import { recordSnapshotEvent, takeClusterSnapshot } from './take-cluster-snapshot';

/** A creating or copying snapshot becomes available (RDS-EVENT-0075 / 0169). */
const snapshotAvailable: TransitionHandler = (ctx, payload) => {
  const snapshot = ownEntry(ctx.regionState.rds.clusterSnapshots, String(payload.identifier));
  if (!snapshot || snapshot.createdAt !== payload.createdAt || snapshot.status === 'available') return;
  snapshot.status = 'available';
  recordSnapshotEvent(ctx, snapshot, snapshot.snapshotType === 'manual' ? RDS_EVENTS.manualClusterSnapshotCreated : RDS_EVENTS.automatedClusterSnapshotCreated);
};

/**
 * The daily automated backup: the initial snapshot once the cluster is available, then one at the
 * start of each day's backup window; snapshots older than the retention period are dropped.
 */
const automatedBackup: TransitionHandler = (ctx, payload) => {
  const { rds } = ctx.regionState;
  const cluster = ownEntry(rds.clusters, String(payload.identifier));
  if (!cluster || cluster.resourceId !== payload.resourceId || cluster.status === 'deleting') return;
  if (cluster.status === 'creating') {
    ctx.schedule(RECHECK_MS, SNAPSHOT_TRANSITION_KINDS.automatedBackup, { ...payload });
    return;
  }
  const now = ctx.now.getTime();
  if (automatedSnapshotsOf(rds, cluster).length === 0 && cluster.backtrackWindow > 0) {
    // First run (the cluster has just become available): the backtrack window fills from now on.
    ctx.schedule(cluster.backtrackWindow * 1000, BACKTRACK_TRANSITIONS.windowMet, {
      identifier: cluster.identifier,
      resourceId: cluster.resourceId,
      backtrackWindow: cluster.backtrackWindow,
    });
  }
  pruneAutomatedSnapshots(rds, cluster, now);
  const identifier = automatedSnapshotIdentifier(cluster.identifier, now);
  if (cluster.status !== 'stopped' && !ownEntry(rds.clusterSnapshots, identifier)) {
    takeClusterSnapshot(ctx, cluster, identifier, 'automated', cluster.copyTagsToSnapshot ? [...cluster.tags] : []);
  }
  const next = nextBackupWindowStart(cluster.preferredBackupWindow, now);
  ctx.schedule(next - now, SNAPSHOT_TRANSITION_KINDS.automatedBackup, { ...payload });
};

export const snapshotTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [SNAPSHOT_TRANSITION_KINDS.available]: snapshotAvailable,
  [SNAPSHOT_TRANSITION_KINDS.automatedBackup]: automatedBackup,
};
