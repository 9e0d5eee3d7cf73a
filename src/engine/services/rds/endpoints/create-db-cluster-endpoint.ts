import type { CreateDBClusterEndpointMessage, DBClusterEndpoint } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findCluster } from '../clusters/find-cluster';
import { CLUSTER_ENDPOINT_CREATE_MS } from '../lifecycle-durations';
import { invalidDbClusterState } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { rdsViewOf } from '../rds-view';
import { dbClusterEndpointAlreadyExists, dbClusterEndpointQuotaExceeded } from './cluster-endpoint-errors';
import { customEndpointsOf, liveEndpoint } from './cluster-endpoint-lookup';
import { checkCustomEndpointType, checkEndpointIdentifier, checkEndpointMembers, MAX_CUSTOM_ENDPOINTS_PER_CLUSTER } from './cluster-endpoint-settings';
import { CLUSTER_ENDPOINT_TRANSITIONS } from './cluster-endpoint-transitions';
import type { DbClusterEndpointRecord } from './db-cluster-endpoint-record';
import { renderCustomEndpoint } from './render-db-cluster-endpoint';

/**
 * CreateDBClusterEndpoint: a custom endpoint (READER or ANY) over all of the cluster's eligible
 * instances, a static list, or all but an excluded list; `creating` until its DNS name is ready.
 */
export const createDbClusterEndpoint = defineOperation<CreateDBClusterEndpointMessage, DBClusterEndpoint>((ctx, input) => {
  const { rds } = ctx.regionState;
  const identifier = checkEndpointIdentifier(input.DBClusterEndpointIdentifier ?? '');
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  const customEndpointType = checkCustomEndpointType(input.EndpointType ?? '');
  if (cluster.status !== 'available') {
    throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
  }
  if (liveEndpoint(rds, identifier)) throw dbClusterEndpointAlreadyExists(identifier);
  if (customEndpointsOf(rds, cluster.identifier).length >= MAX_CUSTOM_ENDPOINTS_PER_CLUSTER) {
    throw dbClusterEndpointQuotaExceeded(cluster.identifier, MAX_CUSTOM_ENDPOINTS_PER_CLUSTER);
  }
  const members = checkEndpointMembers(rds, cluster.identifier, input.StaticMembers, input.ExcludedMembers);

  const endpoint: DbClusterEndpointRecord = {
    identifier,
    resourceId: `cluster-endpoint-${ctx.ids.upperAlnum(20)}`,
    clusterIdentifier: cluster.identifier,
    clusterResourceId: cluster.resourceId,
    status: 'creating',
    customEndpointType,
    staticMembers: members.staticMembers ?? [],
    excludedMembers: members.excludedMembers ?? [],
    tags: tagRecords(input.Tags),
  };
  // A name left behind by a deleted cluster's endpoint is free again.
  delete rds.clusterEndpoints[identifier];
  rds.clusterEndpoints[identifier] = endpoint;
  ctx.schedule(CLUSTER_ENDPOINT_CREATE_MS, CLUSTER_ENDPOINT_TRANSITIONS.available, { identifier, resourceId: endpoint.resourceId });
  return renderCustomEndpoint(rdsViewOf(ctx), endpoint);
});
