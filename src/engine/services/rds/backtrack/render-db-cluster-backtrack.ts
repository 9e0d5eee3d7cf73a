import type { DBClusterBacktrack } from '@aws-sdk/client-rds';
import type { DbClusterBacktrackRecord } from './db-cluster-backtrack-record';

export function renderDbClusterBacktrack(backtrack: DbClusterBacktrackRecord): DBClusterBacktrack {
  return {
    DBClusterIdentifier: backtrack.clusterIdentifier,
    BacktrackIdentifier: backtrack.backtrackIdentifier,
    BacktrackTo: new Date(backtrack.backtrackTo),
    BacktrackedFrom: new Date(backtrack.backtrackedFrom),
    BacktrackRequestCreationTime: new Date(backtrack.requestedAt),
    Status: backtrack.status,
  };
}
