import type { TransitionContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import type { DbClusterEndpointRecord } from './db-cluster-endpoint-record';

export const CLUSTER_ENDPOINT_TRANSITIONS = {
  available: 'rds.cluster-endpoint.available',
  deleted: 'rds.cluster-endpoint.deleted',
} as const;

/** The endpoint a transition was scheduled for, unless it has gone or its name was reused. */
function scheduledEndpoint(ctx: TransitionContext, payload: Readonly<Record<string, unknown>>): DbClusterEndpointRecord | undefined {
  const endpoint = ownEntry(ctx.regionState.rds.clusterEndpoints, String(payload.identifier));
  return endpoint && endpoint.resourceId === payload.resourceId ? endpoint : undefined;
}

/** `creating` or `modifying` -> `available`. */
const endpointAvailable: TransitionHandler = (ctx, payload) => {
  const endpoint = scheduledEndpoint(ctx, payload);
  if (!endpoint || (endpoint.status !== 'creating' && endpoint.status !== 'modifying')) return;
  endpoint.status = 'available';
};

const endpointDeleted: TransitionHandler = (ctx, payload) => {
  const endpoint = scheduledEndpoint(ctx, payload);
  if (!endpoint || endpoint.status !== 'deleting') return;
  delete ctx.regionState.rds.clusterEndpoints[endpoint.identifier];
};

export const clusterEndpointTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [CLUSTER_ENDPOINT_TRANSITIONS.available]: endpointAvailable,
  [CLUSTER_ENDPOINT_TRANSITIONS.deleted]: endpointDeleted,
};
