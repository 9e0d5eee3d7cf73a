import type { DBClusterBacktrackMessage, DescribeDBClusterBacktracksMessage } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findCluster } from '../clusters/find-cluster';
import { compileRdsFilters, type RdsFilterFields } from '../rds-filters';
import { checkRecordsRequest, pageOf } from '../rds-pagination';
import type { DbClusterBacktrackRecord } from './db-cluster-backtrack-record';
import { renderDbClusterBacktrack } from './render-db-cluster-backtrack';

const FILTERS: RdsFilterFields<DbClusterBacktrackRecord> = {
  'db-cluster-backtrack-id': { values: (b) => [b.backtrackIdentifier] },
  'db-cluster-backtrack-status': { values: (b) => [b.status] },
};

/** Newest first; the key sorts that way so markers work. */
const keyOf = (b: DbClusterBacktrackRecord) => `${String(9e15 - b.requestedAt).padStart(16, '0')}:${b.backtrackIdentifier}`;

/** DescribeDBClusterBacktracks: a cluster's backtracks, newest first, by id or with filters. */
export const describeDbClusterBacktracks = defineOperation<DescribeDBClusterBacktracksMessage, DBClusterBacktrackMessage>((ctx, input) => {
  const matches = compileRdsFilters(input.Filters, FILTERS);
  checkRecordsRequest(input);
  const { rds } = ctx.regionState;
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  let listed = rds.backtracks.filter((b) => b.clusterResourceId === cluster.resourceId);
  if (input.BacktrackIdentifier !== undefined) {
    listed = listed.filter((b) => b.backtrackIdentifier === input.BacktrackIdentifier);
    if (listed.length === 0) {
      throw modeledError('rds', 'DBClusterBacktrackNotFoundFault', `Backtrack ${input.BacktrackIdentifier} not found for DB cluster ${cluster.identifier}.`);
    }
  }
  listed = listed.filter(matches).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const { page, marker } = pageOf(listed, keyOf, input);
  return { DBClusterBacktracks: page.map(renderDbClusterBacktrack), Marker: marker };
});
