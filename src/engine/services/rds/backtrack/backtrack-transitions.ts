import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { membersOf } from '../clusters/cluster-members';
import { instanceEventSource } from '../events/event-sources';

export const BACKTRACK_TRANSITIONS = {
  completed: 'rds.cluster-backtrack.completed',
  windowMet: 'rds.cluster-backtrack.window-met',
} as const;

/** The rewind is done: the backtrack is `completed` and the cluster and its instances `available` again. */
const backtrackCompleted: TransitionHandler = (ctx, payload) => {
  const { rds } = ctx.regionState;
  const backtrack = rds.backtracks.find((b) => b.backtrackIdentifier === payload.backtrackIdentifier);
  if (!backtrack || backtrack.status !== 'applying') return;
  backtrack.status = 'completed';
  const cluster = ownEntry(rds.clusters, backtrack.clusterIdentifier);
  if (!cluster || cluster.resourceId !== backtrack.clusterResourceId) return;
  if (cluster.status === 'backtracking') cluster.status = 'available';
  for (const member of membersOf(rds, cluster.identifier)) if (member.status === 'backtracking') member.status = 'available';
};

/**
 * Once change records cover the whole target window, Aurora reports RDS-EVENT-0132 ("The actual
 * Backtrack window is the same as the target Backtrack window"), a DB instance event
 * (UG/USER_Events.Messages.html), here from the writer.
 */
const backtrackWindowMet: TransitionHandler = (ctx, payload) => {
  const { rds } = ctx.regionState;
  const cluster = ownEntry(rds.clusters, String(payload.identifier));
  if (!cluster || cluster.resourceId !== payload.resourceId || cluster.backtrackWindow !== payload.backtrackWindow) return;
  // A DB instance event (category backtrack) in AWS's tables: reported by the cluster's writer.
  const writer = cluster.writerIdentifier;
  if (writer === null || !ownEntry(rds.instances, writer)) return;
  recordEvent(
    rds,
    ctx.now,
    instanceEventSource(ctx.region, ctx.accountId, writer),
    RDS_EVENTS.backtrackWindowMet,
  );
};

export const backtrackTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [BACKTRACK_TRANSITIONS.completed]: backtrackCompleted,
  [BACKTRACK_TRANSITIONS.windowMet]: backtrackWindowMet,
};
