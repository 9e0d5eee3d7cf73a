import type { DBClusterEndpoint, DeleteDBClusterEndpointMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { CLUSTER_ENDPOINT_DELETE_MS } from '../lifecycle-durations';
import { rdsViewOf } from '../rds-view';
import { invalidDbClusterEndpointState } from './cluster-endpoint-errors';
import { findClusterEndpoint } from './cluster-endpoint-lookup';
import { checkEndpointIdentifier } from './cluster-endpoint-settings';
import { CLUSTER_ENDPOINT_TRANSITIONS } from './cluster-endpoint-transitions';
import { renderCustomEndpoint } from './render-db-cluster-endpoint';

/** DeleteDBClusterEndpoint: an available custom endpoint goes `deleting`, then disappears. */
export const deleteDbClusterEndpoint = defineOperation<DeleteDBClusterEndpointMessage, DBClusterEndpoint>((ctx, input) => {
  const { rds } = ctx.regionState;
  const endpoint = findClusterEndpoint(rds, checkEndpointIdentifier(input.DBClusterEndpointIdentifier ?? ''));
  if (endpoint.status !== 'available') throw invalidDbClusterEndpointState(endpoint.identifier, endpoint.status);
  endpoint.status = 'deleting';
  ctx.schedule(CLUSTER_ENDPOINT_DELETE_MS, CLUSTER_ENDPOINT_TRANSITIONS.deleted, { identifier: endpoint.identifier, resourceId: endpoint.resourceId });
  return renderCustomEndpoint(rdsViewOf(ctx), endpoint);
});
