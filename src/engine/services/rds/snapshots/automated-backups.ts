import type { DbClusterRecord } from '../clusters/db-cluster-record';
import type { RdsRegionState } from '../rds-state';
import type { RdsWorkContext } from './snapshot-context';
import { SNAPSHOT_TRANSITION_KINDS } from './snapshot-transition-kinds';

const DAY_MS = 24 * 60 * 60_000;

/** `rds:<cluster>-YYYY-MM-DD-HH-MM`, the name AWS gives an automated cluster snapshot. */
export function automatedSnapshotIdentifier(clusterIdentifier: string, at: number): string {
  const iso = new Date(at).toISOString();
  return `rds:${clusterIdentifier}-${iso.slice(0, 10)}-${iso.slice(11, 13)}-${iso.slice(14, 16)}`;
}

/** The first start of the daily backup window (`hh24:mi-hh24:mi`, UTC) strictly after `after`. */
export function nextBackupWindowStart(preferredBackupWindow: string, after: number): number {
  const match = /^(\d{2}):(\d{2})-/.exec(preferredBackupWindow);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : 0;
  const day = Math.floor(after / DAY_MS) * DAY_MS;
  let start = day + minutes * 60_000;
  while (start <= after) start += DAY_MS;
  return start;
}

/**
 * Schedules a new (or restored) cluster's first automated snapshot for when it becomes available
 * (`delayMs` after now); each one schedules the next in the following day's backup window.
 */
export function scheduleFirstAutomatedBackup(ctx: Pick<RdsWorkContext, 'schedule'>, cluster: DbClusterRecord, delayMs: number): void {
  ctx.schedule(delayMs, SNAPSHOT_TRANSITION_KINDS.automatedBackup, { identifier: cluster.identifier, resourceId: cluster.resourceId });
}

/** The automated snapshots taken of this cluster (by resource id: a reused name is another cluster). */
export function automatedSnapshotsOf(rds: RdsRegionState, cluster: Pick<DbClusterRecord, 'resourceId'>) {
  return Object.values(rds.clusterSnapshots).filter((s) => s.snapshotType === 'automated' && s.cluster.resourceId === cluster.resourceId);
}

/** Drops automated snapshots older than the cluster's retention period (BackupRetentionPeriod days). */
export function pruneAutomatedSnapshots(rds: RdsRegionState, cluster: DbClusterRecord, now: number): void {
  const oldest = now - cluster.backupRetentionPeriod * DAY_MS;
  for (const snapshot of automatedSnapshotsOf(rds, cluster)) {
    if (snapshot.createdAt < oldest) delete rds.clusterSnapshots[snapshot.identifier];
  }
}

/** A deleted cluster's automated snapshots go with it (AWS keeps them only as retained automated backups). */
export function dropAutomatedSnapshots(rds: RdsRegionState, cluster: DbClusterRecord): void {
  for (const snapshot of automatedSnapshotsOf(rds, cluster)) delete rds.clusterSnapshots[snapshot.identifier];
}
