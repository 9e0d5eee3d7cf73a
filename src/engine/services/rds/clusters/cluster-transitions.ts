import type { TransitionHandler } from '../../../sandbox/service-handlers';
import type { TransitionContext } from '../../../sandbox/operation-context';
import { ownEntry } from '../../shared/own-entry';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { RECHECK_MS } from '../lifecycle-durations';
import { rdsArn } from '../identifiers';
import { chooseFailoverTarget, membersOf } from './cluster-members';
import type { DbClusterRecord } from './db-cluster-record';

export const CLUSTER_TRANSITIONS = {
  available: 'rds.cluster.available',
  deleted: 'rds.cluster.deleted',
  failoverCompleted: 'rds.cluster.failover-completed',
} as const;

/**
 * The cluster a transition was scheduled for, if it still exists. The resource id guards against a
 * newer cluster that reuses the name of one deleted in the meantime.
 */
function scheduledCluster(ctx: TransitionContext, payload: Readonly<Record<string, unknown>>): DbClusterRecord | undefined {
  const cluster = ownEntry(ctx.regionState.rds.clusters, String(payload.identifier));
  return cluster && cluster.resourceId === payload.resourceId ? cluster : undefined;
}

function clusterSource(ctx: TransitionContext, cluster: DbClusterRecord) {
  return {
    sourceType: 'db-cluster' as const,
    sourceIdentifier: cluster.identifier,
    sourceArn: rdsArn(ctx.region, ctx.accountId, 'cluster', cluster.identifier),
  };
}

const clusterAvailable: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledCluster(ctx, payload);
  if (!cluster || cluster.status !== 'creating') return;
  cluster.status = 'available';
  cluster.availableAt = ctx.now.getTime();
  if (cluster.masterUserSecret) cluster.masterUserSecret.status = 'active';
  recordEvent(ctx.regionState.rds, ctx.now, clusterSource(ctx, cluster), RDS_EVENTS.clusterCreated);
};

/** A deleting cluster goes once its last instance has gone; until then it checks back. */
const clusterDeleted: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledCluster(ctx, payload);
  if (!cluster || cluster.status !== 'deleting') return;
  const { rds } = ctx.regionState;
  if (membersOf(rds, cluster.identifier).length > 0) {
    ctx.schedule(RECHECK_MS, CLUSTER_TRANSITIONS.deleted, { ...payload });
    return;
  }
  delete rds.clusters[cluster.identifier];
  recordEvent(rds, ctx.now, clusterSource(ctx, cluster), RDS_EVENTS.clusterDeleted);
};

/** The promoted reader becomes the writer (or, if it has gone meanwhile, the next best one). */
const failoverCompleted: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledCluster(ctx, payload);
  if (!cluster) return;
  const { rds } = ctx.regionState;
  const planned = ownEntry(rds.instances, String(payload.target));
  const target =
    planned && planned.resourceId === payload.targetResourceId && planned.status !== 'deleting'
      ? planned
      : chooseFailoverTarget(rds, cluster.identifier, cluster.writerIdentifier ?? '');
  if (!target) return;
  cluster.writerIdentifier = target.identifier;
  recordEvent(rds, ctx.now, clusterSource(ctx, cluster), RDS_EVENTS.failoverCompleted, target.identifier);
};

export const clusterTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [CLUSTER_TRANSITIONS.available]: clusterAvailable,
  [CLUSTER_TRANSITIONS.deleted]: clusterDeleted,
  [CLUSTER_TRANSITIONS.failoverCompleted]: failoverCompleted,
};
