import type { TransitionContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { chooseFailoverTarget } from '../clusters/cluster-members';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { RECHECK_MS } from '../lifecycle-durations';
import type { DbInstanceRecord } from './db-instance-record';
import { instanceEventSource } from '../events/event-sources';

export const INSTANCE_TRANSITIONS = {
  available: 'rds.instance.available',
  deleted: 'rds.instance.deleted',
} as const;

/** The instance a transition was scheduled for, unless it has gone or its name was reused. */
function scheduledInstance(ctx: TransitionContext, payload: Readonly<Record<string, unknown>>): DbInstanceRecord | undefined {
  const instance = ownEntry(ctx.regionState.rds.instances, String(payload.identifier));
  return instance && instance.resourceId === payload.resourceId ? instance : undefined;
}


/** An instance becomes available once provisioned, but never before its cluster. */
const instanceAvailable: TransitionHandler = (ctx, payload) => {
  const instance = scheduledInstance(ctx, payload);
  if (!instance || instance.status !== 'creating') return;
  const cluster = ownEntry(ctx.regionState.rds.clusters, instance.clusterIdentifier);
  if (cluster?.status === 'creating') {
    ctx.schedule(RECHECK_MS, INSTANCE_TRANSITIONS.available, { ...payload });
    return;
  }
  instance.status = 'available';
  instance.availableAt = ctx.now.getTime();
  recordEvent(ctx.regionState.rds, ctx.now, instanceEventSource(ctx.region, ctx.accountId, instance.identifier), RDS_EVENTS.instanceCreated);
};

/** The instance leaves its cluster; a writer that is still the writer hands over to the best reader. */
const instanceDeleted: TransitionHandler = (ctx, payload) => {
  const instance = scheduledInstance(ctx, payload);
  if (!instance || instance.status !== 'deleting') return;
  const { rds } = ctx.regionState;
  delete rds.instances[instance.identifier];
  const cluster = ownEntry(rds.clusters, instance.clusterIdentifier);
  if (cluster && cluster.writerIdentifier === instance.identifier) {
    cluster.writerIdentifier = chooseFailoverTarget(rds, cluster.identifier, instance.identifier)?.identifier ?? null;
  }
  recordEvent(rds, ctx.now, instanceEventSource(ctx.region, ctx.accountId, instance.identifier), RDS_EVENTS.instanceDeleted);
};

export const instanceTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [INSTANCE_TRANSITIONS.available]: instanceAvailable,
  [INSTANCE_TRANSITIONS.deleted]: instanceDeleted,
};
