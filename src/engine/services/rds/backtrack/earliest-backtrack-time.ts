import type { DbClusterRecord } from '../clusters/db-cluster-record';

/**
 * How far back a cluster can be backtracked (UG/AuroraMySQL.Managing.Backtrack.html): no further
 * than its target backtrack window, nor before it first became available. Null when backtrack is
 * off or the cluster has never been available.
 */
export function earliestBacktrackTime(cluster: Pick<DbClusterRecord, 'availableAt' | 'backtrackWindow'>, now: number): number | null {
  if (cluster.backtrackWindow <= 0 || cluster.availableAt === null) return null;
  return Math.max(cluster.availableAt, now - cluster.backtrackWindow * 1000);
}
