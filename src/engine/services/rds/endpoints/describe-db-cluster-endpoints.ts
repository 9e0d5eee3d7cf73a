import type { DBClusterEndpoint, DBClusterEndpointMessage, DescribeDBClusterEndpointsMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { findCluster } from '../clusters/find-cluster';
import { compileRdsFilters, type RdsFilterFields } from '../rds-filters';
import { byKey, checkRecordsRequest, pageOf } from '../rds-pagination';
import { rdsViewOf } from '../rds-view';
import { customEndpointsOf } from './cluster-endpoint-lookup';
import { renderBuiltInEndpoints, renderCustomEndpoint } from './render-db-cluster-endpoint';

const lower = (value: string) => value.toLowerCase();

/** The filters AWS documents for DescribeDBClusterEndpoints; values compare case-insensitively. */
const ENDPOINT_FILTERS: RdsFilterFields<DBClusterEndpoint> = {
  'db-cluster-endpoint-type': { values: (e) => [lower(e.EndpointType ?? '')], normalise: lower },
  'db-cluster-endpoint-custom-type': { values: (e) => (e.CustomEndpointType ? [lower(e.CustomEndpointType)] : []), normalise: lower },
  'db-cluster-endpoint-id': { values: (e) => [e.DBClusterEndpointIdentifier ?? ''], normalise: lower },
  'db-cluster-endpoint-status': { values: (e) => [lower(e.Status ?? '')], normalise: lower },
};

const ORDER: Readonly<Record<string, string>> = { WRITER: '0', READER: '1', CUSTOM: '2' };
/** Sorts by cluster, then writer, reader, custom endpoints by name; also the paging marker. */
const keyOf = (e: DBClusterEndpoint) => `${e.DBClusterIdentifier}\u0001${ORDER[e.EndpointType ?? ''] ?? '3'}\u0001${e.DBClusterEndpointIdentifier}`;

/**
 * DescribeDBClusterEndpoints: every cluster's built-in WRITER and READER endpoints and its custom
 * endpoints, narrowed by cluster, endpoint identifier and filters. An unknown cluster is
 * DBClusterNotFoundFault; an unknown endpoint identifier just matches nothing (the operation
 * declares no endpoint-not-found error).
 */
export const describeDbClusterEndpoints = defineOperation<DescribeDBClusterEndpointsMessage, DBClusterEndpointMessage>((ctx, input) => {
  const { rds } = ctx.regionState;
  const matches = compileRdsFilters(input.Filters, ENDPOINT_FILTERS);
  checkRecordsRequest(input);
  const clusters: DbClusterRecord[] =
    input.DBClusterIdentifier !== undefined ? [findCluster(rds, input.DBClusterIdentifier)] : Object.values(rds.clusters);
  const view = rdsViewOf(ctx);
  const wantedId = input.DBClusterEndpointIdentifier?.toLowerCase();
  const listed = clusters
    .flatMap((cluster) => [
      ...renderBuiltInEndpoints(view, cluster),
      ...customEndpointsOf(rds, cluster.identifier).map((endpoint) => renderCustomEndpoint(view, endpoint)),
    ])
    .filter((endpoint) => wantedId === undefined || endpoint.DBClusterEndpointIdentifier === wantedId)
    .filter(matches)
    .sort(byKey(keyOf));
  const { page, marker } = pageOf(listed, keyOf, input);
  return { DBClusterEndpoints: page, Marker: marker };
});
