import type { BacktrackDBClusterMessage, DBClusterBacktrack } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findEngineVersion } from '../catalog/engine-versions';
import { membersOf } from '../clusters/cluster-members';
import { findCluster } from '../clusters/find-cluster';
import { BACKTRACK_MS } from '../lifecycle-durations';
import { invalidDbClusterState, invalidParameterValue } from '../rds-errors';
import { BACKTRACK_TRANSITIONS } from './backtrack-transitions';
import type { DbClusterBacktrackRecord } from './db-cluster-backtrack-record';
import { earliestBacktrackTime } from './earliest-backtrack-time';
import { renderDbClusterBacktrack } from './render-db-cluster-backtrack';

function uuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * BacktrackDBCluster (UG/AuroraMySQL.Managing.Backtrack.html; API/API_BacktrackDBCluster.html):
 * Aurora MySQL with a backtrack window only; `BacktrackTo` in the past and not before the earliest
 * backtrack time (or, with UseEarliestTimeOnPointInTimeUnavailable, moved up to it). The cluster
 * and its available instances are `backtracking` for a few minutes, then `available`. BacktrackDBCluster's only modelled
 * errors are DBClusterNotFoundFault and InvalidDBClusterStateFault, so an engine without backtrack
 * (aurora-postgresql) is refused with InvalidDBClusterStateFault.
 */
export const backtrackDbCluster = defineOperation<BacktrackDBClusterMessage, DBClusterBacktrack>((ctx, input) => {
  const { rds } = ctx.regionState;
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  if (!findEngineVersion(cluster.engine, cluster.engineVersion)?.supportsBacktrack) {
    throw invalidDbClusterState(`Backtrack is not supported for ${cluster.engine} DB clusters. Backtrack is available for Aurora MySQL only.`);
  }
  if (cluster.backtrackWindow <= 0) {
    throw invalidDbClusterState(`Backtrack is not enabled for DB cluster ${cluster.identifier}. Set a BacktrackWindow first.`);
  }
  if (cluster.status !== 'available') {
    throw invalidDbClusterState(`DB cluster ${cluster.identifier} is not available for backtrack with status ${cluster.status}`);
  }
  const now = ctx.now.getTime();
  let backtrackTo = new Date(input.BacktrackTo ?? 0).getTime();
  if (backtrackTo > now) throw invalidParameterValue('The parameter BacktrackTo must be a time in the past.');
  const earliest = earliestBacktrackTime(cluster, now) ?? now;
  if (backtrackTo < earliest) {
    if (input.UseEarliestTimeOnPointInTimeUnavailable !== true) {
      throw invalidParameterValue(
        `The parameter BacktrackTo ${new Date(backtrackTo).toISOString()} is earlier than the earliest backtrack time ${new Date(earliest).toISOString()} of DB cluster ${cluster.identifier}.`,
      );
    }
    backtrackTo = earliest;
  }

  // Accepted: from here on nothing throws.
  const backtrack: DbClusterBacktrackRecord = {
    clusterIdentifier: cluster.identifier,
    clusterResourceId: cluster.resourceId,
    backtrackIdentifier: uuid(ctx.ids.hex(32)),
    backtrackTo,
    backtrackedFrom: now,
    requestedAt: now,
    status: 'applying',
  };
  rds.backtracks.push(backtrack);
  cluster.status = 'backtracking';
  for (const member of membersOf(rds, cluster.identifier)) if (member.status === 'available') member.status = 'backtracking';
  ctx.schedule(BACKTRACK_MS, BACKTRACK_TRANSITIONS.completed, { backtrackIdentifier: backtrack.backtrackIdentifier });
  return renderDbClusterBacktrack(backtrack);
});
