import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { RECHECK_MS } from '../lifecycle-durations';
import { chooseFailoverTarget, membersOf } from './cluster-members';
import { clusterEventSource } from '../events/event-sources';
import { scheduledClusterOf } from './scheduled-cluster-lookup';
import { deleteRdsManagedSecret } from '../../secretsmanager/rds-managed-secret';

export const CLUSTER_TRANSITIONS = {
  available: 'rds.cluster.available',
  deleted: 'rds.cluster.deleted',
  failoverCompleted: 'rds.cluster.failover-completed',
} as const;

const clusterAvailable: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster || cluster.status !== 'creating') return;
  cluster.status = 'available';
  cluster.availableAt = ctx.now.getTime();
  if (cluster.masterUserSecret) cluster.masterUserSecret.status = 'active';
  recordEvent(ctx.regionState.rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.clusterCreated);
};

/** A deleting cluster goes once its last instance has gone; until then it checks back. */
const clusterDeleted: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster || cluster.status !== 'deleting') return;
  const { rds } = ctx.regionState;
  if (membersOf(rds, cluster.identifier).length > 0) {
    ctx.schedule(RECHECK_MS, CLUSTER_TRANSITIONS.deleted, { ...payload });
    return;
  }
  delete rds.clusters[cluster.identifier];
  // RDS deletes the secret it managed for the cluster's master password along with the cluster.
  if (cluster.masterUserSecret) deleteRdsManagedSecret(ctx, cluster.masterUserSecret.secretArn);
  recordEvent(rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.clusterDeleted);
};

/** The promoted reader becomes the writer (or, if it has gone meanwhile, the next best one). */
const failoverCompleted: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster) return;
  const { rds } = ctx.regionState;
  const planned = ownEntry(rds.instances, String(payload.target));
  const target =
    planned && planned.resourceId === payload.targetResourceId && planned.status !== 'deleting'
      ? planned
      : chooseFailoverTarget(rds, cluster.identifier, cluster.writerIdentifier ?? '');
  if (!target) return;
  cluster.writerIdentifier = target.identifier;
  recordEvent(rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.failoverCompleted, target.identifier);
};

export const clusterTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [CLUSTER_TRANSITIONS.available]: clusterAvailable,
  [CLUSTER_TRANSITIONS.deleted]: clusterDeleted,
  [CLUSTER_TRANSITIONS.failoverCompleted]: failoverCompleted,
};
