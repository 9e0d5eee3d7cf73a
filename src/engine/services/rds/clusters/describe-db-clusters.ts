import type { DBClusterMessage, DescribeDBClustersMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { checkIdentifier, identifierFromReference, rdsArn } from '../identifiers';
import { dbClusterNotFound } from '../rds-errors';
import { compileRdsFilters, type RdsFilterFields } from '../rds-filters';
import { byKey, checkRecordsRequest, pageOf } from '../rds-pagination';
import { rdsViewOf } from '../rds-view';
import type { DbClusterRecord } from './db-cluster-record';
import { renderDbCluster } from './render-db-cluster';

const identifierOf = (cluster: DbClusterRecord) => cluster.identifier;

function clusterFilters(region: string, accountId: string): RdsFilterFields<DbClusterRecord> {
  return {
    // Values are identifiers or ARNs.
    'db-cluster-id': {
      values: (c) => [c.identifier, rdsArn(region, accountId, 'cluster', c.identifier)],
      normalise: (value) => (value.startsWith('arn:') ? value : checkIdentifier('Filter: db-cluster-id', value)),
    },
    'db-cluster-resource-id': { values: (c) => [c.resourceId] },
    engine: { values: (c) => [c.engine] },
    'clone-group-id': { values: (c) => (c.cloneGroupId ? [c.cloneGroupId] : []) },
    domain: { values: () => [] },
  };
}

export const describeDbClusters = defineOperation<DescribeDBClustersMessage, DBClusterMessage>((ctx, input) => {
  const matches = compileRdsFilters(input.Filters, () => clusterFilters(ctx.region, ctx.accountId));
  checkRecordsRequest(input);
  const { clusters } = ctx.regionState.rds;
  let listed: DbClusterRecord[];
  if (input.DBClusterIdentifier !== undefined) {
    const id = identifierFromReference(input.DBClusterIdentifier, 'cluster', ctx.region, ctx.accountId, 'DBClusterIdentifier');
    const cluster = id === undefined ? undefined : ownEntry(clusters, id);
    if (!cluster) throw dbClusterNotFound(input.DBClusterIdentifier);
    listed = [cluster].filter(matches);
  } else {
    listed = Object.values(clusters).filter(matches).sort(byKey(identifierOf));
  }
  const { page, marker } = pageOf(listed, identifierOf, input);
  const view = rdsViewOf(ctx);
  return { DBClusters: page.map((cluster) => renderDbCluster(view, cluster)), Marker: marker };
});
