import type { DBClusterEndpoint } from '@aws-sdk/client-rds';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { clusterEndpoint, clusterReaderEndpoint, endpointSuffix } from '../endpoints';
import type { RdsView } from '../rds-view';
import type { DbClusterEndpointRecord } from './db-cluster-endpoint-record';

/** `<id>.cluster-custom-<suffix>.<region>.rds.amazonaws.com` (UG/Aurora.Endpoints.Custom.html). */
export function customEndpointAddress(identifier: string, suffix: string, region: string): string {
  return `${identifier}.cluster-custom-${suffix}.${region}.rds.amazonaws.com`;
}

export function dbClusterEndpointArn(view: Pick<RdsView, 'region' | 'accountId'>, identifier: string): string {
  return `arn:aws:rds:${view.region}:${view.accountId}:cluster-endpoint:${identifier}`;
}

export function renderCustomEndpoint(view: RdsView, endpoint: DbClusterEndpointRecord): DBClusterEndpoint {
  return {
    DBClusterEndpointIdentifier: endpoint.identifier,
    DBClusterIdentifier: endpoint.clusterIdentifier,
    DBClusterEndpointResourceIdentifier: endpoint.resourceId,
    Endpoint: customEndpointAddress(endpoint.identifier, endpointSuffix(view.seed, view.region), view.region),
    Status: endpoint.status,
    EndpointType: 'CUSTOM',
    CustomEndpointType: endpoint.customEndpointType,
    StaticMembers: [...endpoint.staticMembers],
    ExcludedMembers: [...endpoint.excludedMembers],
    DBClusterEndpointArn: dbClusterEndpointArn(view, endpoint.identifier),
  };
}

/**
 * The built-in cluster (WRITER) and reader (READER) endpoints, as DescribeDBClusterEndpoints lists
 * them (CLI/describe-db-cluster-endpoints.rst): named after the cluster, with the cluster's
 * resource id, no ARN, and the cluster's status while it is being created or deleted.
 */
export function renderBuiltInEndpoints(view: RdsView, cluster: DbClusterRecord): DBClusterEndpoint[] {
  const suffix = endpointSuffix(view.seed, view.region);
  const status = cluster.status === 'creating' || cluster.status === 'deleting' ? cluster.status : 'available';
  const common = {
    DBClusterEndpointIdentifier: cluster.identifier,
    DBClusterIdentifier: cluster.identifier,
    DBClusterEndpointResourceIdentifier: cluster.resourceId,
    Status: status,
  };
  return [
    { ...common, Endpoint: clusterEndpoint(cluster.identifier, suffix, view.region), EndpointType: 'WRITER' },
    { ...common, Endpoint: clusterReaderEndpoint(cluster.identifier, suffix, view.region), EndpointType: 'READER' },
  ];
}
