import type { StartDBClusterMessage, StartDBClusterResult, StopDBClusterMessage, StopDBClusterResult } from '@aws-sdk/client-rds';
import type { TransitionContext } from '../../../sandbox/operation-context';
import { defineOperation, type TransitionHandler } from '../../../sandbox/service-handlers';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { CLUSTER_START_MS, CLUSTER_STOP_MS, STOPPED_AUTO_START_MS } from '../lifecycle-durations';
import { invalidDbClusterState, invalidParameterCombination } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { activeMembersOf } from './cluster-members';
import type { DbClusterRecord } from './db-cluster-record';
import { findCluster } from './find-cluster';
import { renderDbCluster } from './render-db-cluster';
import { nextClusterToken, scheduledClusterOf } from './scheduled-cluster-lookup';
import { clusterEventSource, instanceEventSource } from '../events/event-sources';

export const CLUSTER_STOP_START_TRANSITIONS = {
  stopped: 'rds.cluster.stopped',
  started: 'rds.cluster.started',
  autoStart: 'rds.cluster.auto-start',
} as const;

/**
 * What cannot be stopped or started (ARC/aurora-cluster-stop-start.md; FACTS.md §2 "Stop/start"):
 * Aurora Serverless v1 clusters, members of a global database and cross-Region read replicas.
 */
function refuseStopStart(cluster: DbClusterRecord, action: 'stop' | 'start'): void {
  if (cluster.engineMode === 'serverless') {
    throw invalidParameterCombination(`Aurora Serverless v1 DB clusters can't be ${action === 'stop' ? 'stopped' : 'started'}: DB cluster ${cluster.identifier} is in serverless engine mode.`);
  }
  if (cluster.globalClusterIdentifier) {
    throw invalidParameterCombination(
      `DB cluster ${cluster.identifier} is a member of global database ${cluster.globalClusterIdentifier}; you can't ${action} a DB cluster that's part of an Aurora global database.`,
    );
  }
  if (cluster.engineMode === 'multimaster') {
    throw invalidParameterCombination(`Multi-master DB clusters can't be ${action === 'stop' ? 'stopped' : 'started'}.`);
  }
}

/** StopDBCluster: `available` -> `stopping` -> `stopped` (with its instances); it starts itself after 7 days. */
export const stopDbCluster = defineOperation<StopDBClusterMessage, StopDBClusterResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  refuseStopStart(cluster, 'stop');
  if (cluster.status !== 'available') throw invalidDbClusterState(`DbCluster ${cluster.identifier} is in ${cluster.status} state but expected it to be one of available.`);
  const busy = activeMembersOf(rds, cluster.identifier).find((instance) => instance.status !== 'available');
  if (busy) {
    throw invalidDbClusterState(`DbCluster ${cluster.identifier} cannot be stopped: DB instance ${busy.identifier} is in ${busy.status} state.`);
  }

  cluster.status = 'stopping';
  for (const instance of activeMembersOf(rds, cluster.identifier)) instance.status = 'stopping';
  ctx.schedule(CLUSTER_STOP_MS, CLUSTER_STOP_START_TRANSITIONS.stopped, {
    identifier: cluster.identifier,
    resourceId: cluster.resourceId,
    token: nextClusterToken(cluster),
  });
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});

function startCluster(ctx: Pick<TransitionContext, 'schedule' | 'regionState'>, cluster: DbClusterRecord): void {
  cluster.status = 'starting';
  for (const instance of activeMembersOf(ctx.regionState.rds, cluster.identifier)) instance.status = 'starting';
  ctx.schedule(CLUSTER_START_MS, CLUSTER_STOP_START_TRANSITIONS.started, {
    identifier: cluster.identifier,
    resourceId: cluster.resourceId,
    token: nextClusterToken(cluster),
  });
}

/** StartDBCluster: `stopped` -> `starting` -> `available`. */
export const startDbCluster = defineOperation<StartDBClusterMessage, StartDBClusterResult>((ctx, input) => {
  const cluster = findCluster(ctx.regionState.rds, input.DBClusterIdentifier ?? '');
  refuseStopStart(cluster, 'start');
  if (cluster.status !== 'stopped') throw invalidDbClusterState(`DbCluster ${cluster.identifier} is in ${cluster.status} state but expected it to be one of stopped.`);
  startCluster(ctx, cluster);
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});


const clusterStopped: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster || cluster.status !== 'stopping') return;
  const { rds } = ctx.regionState;
  cluster.status = 'stopped';
  for (const instance of activeMembersOf(rds, cluster.identifier)) {
    instance.status = 'stopped';
    recordEvent(rds, ctx.now, instanceEventSource(ctx.region, ctx.accountId, instance.identifier), RDS_EVENTS.instanceStopped);
  }
  recordEvent(rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.clusterStopped);
  ctx.schedule(STOPPED_AUTO_START_MS, CLUSTER_STOP_START_TRANSITIONS.autoStart, {
    identifier: cluster.identifier,
    resourceId: cluster.resourceId,
    token: cluster.lifecycleToken ?? 0,
  });
};

const clusterStarted: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster || cluster.status !== 'starting') return;
  const { rds } = ctx.regionState;
  cluster.status = 'available';
  for (const instance of activeMembersOf(rds, cluster.identifier)) {
    instance.status = 'available';
    recordEvent(rds, ctx.now, instanceEventSource(ctx.region, ctx.accountId, instance.identifier), RDS_EVENTS.instanceStarted);
  }
  recordEvent(rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.clusterStarted);
};

/** Seven days stopped: RDS starts the cluster itself (RDS-EVENT-0153). */
const clusterAutoStart: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster || cluster.status !== 'stopped') return;
  recordEvent(ctx.regionState.rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.clusterAutoStarted);
  startCluster(ctx, cluster);
};

export const clusterStopStartTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [CLUSTER_STOP_START_TRANSITIONS.stopped]: clusterStopped,
  [CLUSTER_STOP_START_TRANSITIONS.started]: clusterStarted,
  [CLUSTER_STOP_START_TRANSITIONS.autoStart]: clusterAutoStart,
};
