export type DbClusterBacktrackStatus = 'applying' | 'completed' | 'failed' | 'pending';

/** One BacktrackDBCluster request, as DescribeDBClusterBacktracks reports it. Times are virtual epoch ms. */
export interface DbClusterBacktrackRecord {
  readonly clusterIdentifier: string;
  readonly clusterResourceId: string;
  /** A UUID. */
  readonly backtrackIdentifier: string;
  readonly backtrackTo: number;
  readonly backtrackedFrom: number;
  readonly requestedAt: number;
  status: DbClusterBacktrackStatus;
}
