import type { TransitionContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import type { RdsEventDefinition } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { lookupGlobalCluster, memberCluster } from './find-global-cluster';
import type { GlobalClusterRecord } from './global-cluster-record';
import { GLOBAL_FAILOVER_EVENTS } from './global-failover-events';
import { GLOBAL_TRANSITIONS } from './global-transition-kinds';
import type { RoleChangeStep } from './start-global-role-change';
import { clusterEventSource } from '../events/event-sources';

/** The global cluster a transition was scheduled for, if it still exists (same resource id). */
function scheduledGlobal(ctx: TransitionContext, payload: Readonly<Record<string, unknown>>) {
  const found = lookupGlobalCluster(ctx.state, String(payload.identifier));
  return found && found.record.resourceId === payload.resourceId ? found : undefined;
}

/** Records a "global failover" event on a member cluster, in that cluster's region. */
function clusterEvent(ctx: TransitionContext, region: string, identifier: string, event: RdsEventDefinition, detail: string): void {
  recordEvent(ctx.regionStateOf(region).rds, ctx.now, clusterEventSource(region, ctx.accountId, identifier), event, detail);
}

const globalAvailable: TransitionHandler = (ctx, payload) => {
  const found = scheduledGlobal(ctx, payload);
  if (found && found.record.status === 'creating') found.record.status = 'available';
};

const globalDeleted: TransitionHandler = (ctx, payload) => {
  const found = scheduledGlobal(ctx, payload);
  if (found && found.record.status === 'deleting') delete found.table[found.record.identifier];
};

/** A detached secondary finishes promoting and is a standalone, writable cluster. */
const detachedPromoted: TransitionHandler = (ctx, payload) => {
  const cluster = ownEntry(ctx.regionState.rds.clusters, String(payload.identifier));
  if (cluster && cluster.resourceId === payload.resourceId && cluster.status === 'promoting') cluster.status = 'available';
};

function promote(ctx: TransitionContext, global: GlobalClusterRecord): void {
  const failover = global.failover;
  if (!failover) return;
  for (const member of global.members) {
    member.isWriter = member.region === failover.toRegion && member.clusterIdentifier === failover.toClusterIdentifier;
    const cluster = memberCluster(ctx.state, member);
    if (cluster) cluster.globalSecondary = !member.isWriter;
  }
  // The primary is listed first, as AWS lists it.
  global.members = [...global.members.filter((m) => m.isWriter), ...global.members.filter((m) => !m.isWriter)];
}

/** One step of a switchover or failover (start-global-role-change.ts schedules them). */
const roleChangeStep: TransitionHandler = (ctx, payload) => {
  const found = scheduledGlobal(ctx, payload);
  const global = found?.record;
  const failover = global?.failover;
  if (!global || !failover) return;
  const to = `${failover.toClusterIdentifier} in Region ${failover.toRegion}`;
  const from = `${failover.fromClusterIdentifier} in Region ${failover.fromRegion}`;
  const dataLoss = failover.isDataLossAllowed;
  switch (payload.step as RoleChangeStep) {
    case 'started':
      if (!dataLoss) failover.status = 'switching-over';
      clusterEvent(ctx, failover.toRegion, failover.toClusterIdentifier, dataLoss ? GLOBAL_FAILOVER_EVENTS.failoverStarted : GLOBAL_FAILOVER_EVENTS.switchoverStarted, to);
      break;
    case 'synchronizing':
      clusterEvent(ctx, failover.toRegion, failover.toClusterIdentifier, GLOBAL_FAILOVER_EVENTS.waitingForSync, `${failover.toClusterIdentifier}: 0 seconds`);
      break;
    case 'oldPrimaryShutDown':
      clusterEvent(ctx, failover.fromRegion, failover.fromClusterIdentifier, GLOBAL_FAILOVER_EVENTS.oldPrimaryShutDown, from);
      break;
    case 'promoted':
      promote(ctx, global);
      clusterEvent(ctx, failover.toRegion, failover.toClusterIdentifier, GLOBAL_FAILOVER_EVENTS.newPrimaryPromoted, to);
      break;
    case 'finished':
      global.status = 'available';
      global.failover = null;
      clusterEvent(ctx, failover.toRegion, failover.toClusterIdentifier, dataLoss ? GLOBAL_FAILOVER_EVENTS.failoverFinished : GLOBAL_FAILOVER_EVENTS.switchoverFinished, to);
      break;
  }
};

export const globalClusterTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [GLOBAL_TRANSITIONS.available]: globalAvailable,
  [GLOBAL_TRANSITIONS.deleted]: globalDeleted,
  [GLOBAL_TRANSITIONS.detachedPromoted]: detachedPromoted,
  [GLOBAL_TRANSITIONS.switchoverStep]: roleChangeStep,
};
