import type { OperationContext, TransitionContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { SERVERLESS_V1_SCALE_MS } from '../lifecycle-durations';
import type { DbClusterRecord } from './db-cluster-record';
import { scheduledClusterOf } from './scheduled-cluster-lookup';
import { clusterEventSource } from '../events/event-sources';

/**
 * Aurora Serverless v1 at run time. Capacity is the current ACUs (0 while paused). "Idle" is modelled
 * as: no ModifyCurrentDBClusterCapacity, Data API or other activity on the cluster for
 * `SecondsUntilAutoPause`; with `AutoPause` on, the cluster then pauses on the virtual clock (status
 * stays `available`, `Capacity` 0) and resumes on the next activity.
 */
export interface ServerlessV1RuntimeRecord {
  capacity: number;
  /** A scaling in progress (ModifyCurrentDBClusterCapacity, resume), else null. */
  pendingCapacity: number | null;
  lastActivityAt: number;
  /** Identifies the one idle check that is current; older ones are ignored. */
  idleCheckGeneration: number;
}

export const SERVERLESS_V1_TRANSITIONS = {
  idleCheck: 'rds.cluster.serverless-v1-idle-check',
  scaled: 'rds.cluster.serverless-v1-scaled',
} as const;

/** The cluster's run-time record, created on first use (a new cluster runs at its minimum capacity). */
export function serverlessV1RuntimeOf(cluster: DbClusterRecord): ServerlessV1RuntimeRecord | undefined {
  const scaling = cluster.serverlessV1Scaling;
  if (!scaling) return undefined;
  return (cluster.serverlessV1Runtime ??= {
    capacity: scaling.minCapacity,
    pendingCapacity: null,
    lastActivityAt: cluster.availableAt ?? cluster.createdAt,
    idleCheckGeneration: 0,
  });
}

/** What DescribeDBClusters shows as `Capacity` (undefined for other clusters). */
export function currentServerlessV1Capacity(cluster: DbClusterRecord): number | undefined {
  if (!cluster.serverlessV1Scaling) return undefined;
  return cluster.serverlessV1Runtime?.capacity ?? cluster.serverlessV1Scaling.minCapacity;
}

type AnyContext = Pick<OperationContext, 'now' | 'schedule'>;

/** (Re)arms the idle check `SecondsUntilAutoPause` after the last activity, when auto-pause is on. */
export function scheduleServerlessV1IdleCheck(ctx: AnyContext, cluster: DbClusterRecord, delayMs?: number): void {
  const runtime = serverlessV1RuntimeOf(cluster);
  const scaling = cluster.serverlessV1Scaling;
  if (!runtime || !scaling || !scaling.autoPause) return;
  runtime.idleCheckGeneration += 1;
  ctx.schedule(delayMs ?? scaling.secondsUntilAutoPause * 1000, SERVERLESS_V1_TRANSITIONS.idleCheck, {
    identifier: cluster.identifier,
    resourceId: cluster.resourceId,
    generation: runtime.idleCheckGeneration,
  });
}

/** Starts scaling to `target` ACUs; it completes after a short while on the virtual clock. */
export function startServerlessV1Scaling(
  ctx: AnyContext & Pick<OperationContext, 'regionState' | 'region' | 'accountId'>,
  cluster: DbClusterRecord,
  target: number,
  reason: string,
): void {
  const runtime = serverlessV1RuntimeOf(cluster);
  if (!runtime) return;
  runtime.pendingCapacity = target;
  recordEvent(
    ctx.regionState.rds,
    ctx.now,
    clusterEventSource(ctx.region, ctx.accountId, cluster.identifier),
    RDS_EVENTS.serverlessV1Scaling,
    `${runtime.capacity} capacity units to ${target} capacity units for this reason: ${reason}`,
  );
  ctx.schedule(SERVERLESS_V1_SCALE_MS, SERVERLESS_V1_TRANSITIONS.scaled, { identifier: cluster.identifier, resourceId: cluster.resourceId, target });
}

/**
 * Records activity on a Serverless v1 cluster (other areas, e.g. the Data API, call this): a paused
 * cluster resumes at its minimum capacity, and the idle timer starts again.
 */
export function noteServerlessV1Activity(ctx: AnyContext & Pick<OperationContext, 'regionState' | 'region' | 'accountId'>, cluster: DbClusterRecord): void {
  const runtime = serverlessV1RuntimeOf(cluster);
  const scaling = cluster.serverlessV1Scaling;
  if (!runtime || !scaling) return;
  runtime.lastActivityAt = ctx.now.getTime();
  if (runtime.capacity === 0 && runtime.pendingCapacity === null) startServerlessV1Scaling(ctx, cluster, scaling.minCapacity, 'Resuming from pause.');
  scheduleServerlessV1IdleCheck(ctx, cluster);
}

const idleCheck: TransitionHandler = (ctx: TransitionContext, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  const runtime = cluster ? serverlessV1RuntimeOf(cluster) : undefined;
  const scaling = cluster?.serverlessV1Scaling;
  if (!cluster || !runtime || !scaling || runtime.idleCheckGeneration !== payload.generation || !scaling.autoPause) return;
  const pauseMs = scaling.secondsUntilAutoPause * 1000;
  const idleSince = Math.max(runtime.lastActivityAt, cluster.availableAt ?? cluster.createdAt);
  if (cluster.status !== 'available' || runtime.pendingCapacity !== null || ctx.now.getTime() - idleSince < pauseMs) {
    // Busy or not idle long enough yet: look again when it could be.
    scheduleServerlessV1IdleCheck(ctx, cluster, Math.max(pauseMs - (ctx.now.getTime() - idleSince), 30_000));
    return;
  }
  if (runtime.capacity === 0) return;
  recordEvent(
    ctx.regionState.rds,
    ctx.now,
    clusterEventSource(ctx.region, ctx.accountId, cluster.identifier),
    RDS_EVENTS.serverlessV1Scaling,
    `${runtime.capacity} capacity units to 0 capacity units for this reason: Autopause.`,
  );
  runtime.capacity = 0;
};

const scaled: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  const runtime = cluster ? serverlessV1RuntimeOf(cluster) : undefined;
  if (!cluster || !runtime || runtime.pendingCapacity !== payload.target) return;
  runtime.capacity = Number(payload.target);
  runtime.pendingCapacity = null;
};

export const serverlessV1TransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [SERVERLESS_V1_TRANSITIONS.idleCheck]: idleCheck,
  [SERVERLESS_V1_TRANSITIONS.scaled]: scaled,
};
