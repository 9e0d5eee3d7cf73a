import type { DbClusterRecord } from '../clusters/db-cluster-record';

const DAY_MS = 24 * 60 * 60_000;
/** Aurora's latest restorable time trails the present by about five minutes. */
export const RESTORE_LAG_MS = 5 * 60_000;

export interface RestorableWindow {
  readonly earliest: number;
  readonly latest: number;
}

/**
 * The times a cluster can be restored to (UG/Aurora.Managing.Backups.html): from the later of its
 * first availability and `BackupRetentionPeriod` days ago, up to about five minutes ago; null
 * until the cluster has first become available.
 */
export function restorableWindow(cluster: Pick<DbClusterRecord, 'availableAt' | 'backupRetentionPeriod'>, now: number): RestorableWindow | null {
  if (cluster.availableAt === null) return null;
  const earliest = Math.max(cluster.availableAt, now - cluster.backupRetentionPeriod * DAY_MS);
  return { earliest, latest: Math.max(earliest, now - RESTORE_LAG_MS) };
}
