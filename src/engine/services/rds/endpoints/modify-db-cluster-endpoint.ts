import type { DBClusterEndpoint, ModifyDBClusterEndpointMessage } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { CLUSTER_ENDPOINT_MODIFY_MS } from '../lifecycle-durations';
import { rdsViewOf } from '../rds-view';
import { invalidDbClusterEndpointState } from './cluster-endpoint-errors';
import { findClusterEndpoint } from './cluster-endpoint-lookup';
import { checkCustomEndpointType, checkEndpointIdentifier, checkEndpointMembers } from './cluster-endpoint-settings';
import { CLUSTER_ENDPOINT_TRANSITIONS } from './cluster-endpoint-transitions';
import { renderCustomEndpoint } from './render-db-cluster-endpoint';

/**
 * ModifyDBClusterEndpoint: changes the type or the member lists of an available custom endpoint.
 * Giving StaticMembers clears ExcludedMembers and the other way round, as one list replaces the
 * other; the endpoint is `modifying` for a minute.
 */
export const modifyDbClusterEndpoint = defineOperation<ModifyDBClusterEndpointMessage, DBClusterEndpoint>((ctx, input) => {
  const { rds } = ctx.regionState;
  const endpoint = findClusterEndpoint(rds, checkEndpointIdentifier(input.DBClusterEndpointIdentifier ?? ''));
  const type = input.EndpointType === undefined ? undefined : checkCustomEndpointType(input.EndpointType);
  if (endpoint.status !== 'available') throw invalidDbClusterEndpointState(endpoint.identifier, endpoint.status);
  const members = checkEndpointMembers(rds, endpoint.clusterIdentifier, input.StaticMembers, input.ExcludedMembers);

  if (type !== undefined) endpoint.customEndpointType = type;
  if (members.staticMembers !== undefined) {
    endpoint.staticMembers = members.staticMembers;
    if (members.staticMembers.length > 0) endpoint.excludedMembers = [];
  }
  if (members.excludedMembers !== undefined) {
    endpoint.excludedMembers = members.excludedMembers;
    if (members.excludedMembers.length > 0) endpoint.staticMembers = [];
  }
  endpoint.status = 'modifying';
  ctx.schedule(CLUSTER_ENDPOINT_MODIFY_MS, CLUSTER_ENDPOINT_TRANSITIONS.available, { identifier: endpoint.identifier, resourceId: endpoint.resourceId });
  return renderCustomEndpoint(rdsViewOf(ctx), endpoint);
});
