import type { DBClusterSnapshotMessage, DescribeDBClusterSnapshotsMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkIdentifier, identifierFromReference } from '../identifiers';
import { invalidParameterValue } from '../rds-errors';
import { compileRdsFilters, type RdsFilterFields } from '../rds-filters';
import { byKey, checkRecordsRequest, pageOf } from '../rds-pagination';
import { clusterSnapshotArn } from './cluster-snapshot-arn';
import type { DbClusterSnapshotRecord } from './db-cluster-snapshot-record';
import { findClusterSnapshot } from './find-cluster-snapshot';
import { renderDbClusterSnapshot } from './render-db-cluster-snapshot';

const SNAPSHOT_TYPES = ['automated', 'manual', 'shared', 'public', 'awsbackup'];
const identifierOf = (s: DbClusterSnapshotRecord) => s.identifier;

function snapshotFilters(region: string, accountId: string): RdsFilterFields<DbClusterSnapshotRecord> {
  return {
    'db-cluster-id': {
      values: (s) => [s.cluster.identifier, `arn:aws:rds:${region}:${accountId}:cluster:${s.cluster.identifier}`],
      normalise: (v) => (v.startsWith('arn:') ? v : checkIdentifier('Filter: db-cluster-id', v)),
    },
    'db-cluster-snapshot-id': {
      values: (s) => [s.identifier, clusterSnapshotArn(region, accountId, s.identifier)],
      normalise: (v) => (v.startsWith('arn:') ? v : v.toLowerCase()),
    },
    'snapshot-type': { values: (s) => [s.snapshotType] },
    engine: { values: (s) => [s.cluster.engine] },
  };
}

/**
 * DescribeDBClusterSnapshots: by snapshot, by cluster, by type, with filters. Nothing is shared
 * with or made public from other accounts here, so IncludeShared/IncludePublic add nothing.
 */
export const describeDbClusterSnapshots = defineOperation<DescribeDBClusterSnapshotsMessage, DBClusterSnapshotMessage>((ctx, input) => {
  const matches = compileRdsFilters(input.Filters, () => snapshotFilters(ctx.region, ctx.accountId));
  checkRecordsRequest(input);
  if (input.SnapshotType !== undefined && !SNAPSHOT_TYPES.includes(input.SnapshotType)) {
    throw invalidParameterValue(`Invalid value for SnapshotType: ${input.SnapshotType}. Valid values: ${SNAPSHOT_TYPES.join(', ')}`);
  }
  const { rds } = ctx.regionState;
  let listed: DbClusterSnapshotRecord[];
  if (input.DBClusterSnapshotIdentifier !== undefined) {
    listed = [findClusterSnapshot(rds, input.DBClusterSnapshotIdentifier, ctx)];
  } else {
    listed = Object.values(rds.clusterSnapshots);
  }
  if (input.DBClusterIdentifier !== undefined) {
    const clusterId = identifierFromReference(input.DBClusterIdentifier, 'cluster', ctx.region, ctx.accountId, 'DBClusterIdentifier');
    listed = listed.filter((s) => s.cluster.identifier === clusterId);
  }
  if (input.DbClusterResourceId !== undefined) listed = listed.filter((s) => s.cluster.resourceId === input.DbClusterResourceId);
  if (input.SnapshotType !== undefined) listed = listed.filter((s) => s.snapshotType === input.SnapshotType);
  listed = listed.filter(matches).sort(byKey(identifierOf));
  const { page, marker } = pageOf(listed, identifierOf, input);
  return { DBClusterSnapshots: page.map((s) => renderDbClusterSnapshot(ctx, s)), Marker: marker };
});
