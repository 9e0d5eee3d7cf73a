import type { OperationContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { MODIFY_MS } from '../lifecycle-durations';
import type { RdsRegionState } from '../rds-state';
import type { DbClusterRecord } from './db-cluster-record';
import { hasPendingClusterModifications } from './cluster-pending-modifications';
import { isInsideMaintenanceWindow, nextMaintenanceWindowStart } from './maintenance-window-schedule';
import { nextClusterToken, scheduledClusterOf } from './scheduled-cluster-lookup';
import { clusterEventSource } from '../events/event-sources';

export const CLUSTER_MODIFY_TRANSITIONS = {
  modified: 'rds.cluster.modification-completed',
  applyPending: 'rds.cluster.apply-pending-modifications',
} as const;

/**
 * Renames a cluster: its table key, its members' and custom endpoints' references. Its ARN and
 * endpoints change with the name, as at AWS; its resource id stays.
 */
export function renameCluster(rds: RdsRegionState, cluster: DbClusterRecord, newIdentifier: string): void {
  const old = cluster.identifier;
  delete (rds.clusters as Record<string, DbClusterRecord>)[old];
  cluster.identifier = newIdentifier;
  (rds.clusters as Record<string, DbClusterRecord>)[newIdentifier] = cluster;
  for (const instance of Object.values(rds.instances)) {
    if (instance.clusterIdentifier === old) instance.clusterIdentifier = newIdentifier;
  }
  for (const endpoint of Object.values(rds.clusterEndpoints ?? {})) {
    if (endpoint.clusterResourceId === cluster.resourceId) (endpoint as { clusterIdentifier: string }).clusterIdentifier = newIdentifier;
  }
}

/** Arms the transition that applies pending modifications when the maintenance window next opens. */
export function scheduleApplyPending(ctx: Pick<OperationContext, 'now' | 'schedule'>, cluster: DbClusterRecord): void {
  const at = nextMaintenanceWindowStart(cluster.preferredMaintenanceWindow, ctx.now.getTime());
  ctx.schedule(at - ctx.now.getTime(), CLUSTER_MODIFY_TRANSITIONS.applyPending, { identifier: cluster.identifier, resourceId: cluster.resourceId });
}

/** A modification finished: back to `available` (with RDS-EVENT-0016 after a password reset). */
const modificationCompleted: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, payload);
  if (!cluster || !['modifying', 'renaming', 'resetting-master-credentials', 'upgrading', 'available'].includes(cluster.status)) return;
  cluster.status = 'available';
  if (payload.passwordReset === true) {
    recordEvent(ctx.regionState.rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.masterCredentialsReset);
  }
};

/**
 * The maintenance window opened: apply what waits in PendingModifiedValues. If the window was moved
 * meanwhile, wait for the new one; if the cluster is busy (stopped, modifying), try the next window.
 */
const applyPending: TransitionHandler = (ctx, payload) => {
  const cluster = scheduledClusterOf(ctx, { ...payload, token: undefined });
  if (!cluster || !hasPendingClusterModifications(cluster.pendingModifications)) return;
  const pending = cluster.pendingModifications!;
  const now = ctx.now.getTime();
  if (!isInsideMaintenanceWindow(cluster.preferredMaintenanceWindow, now) || cluster.status !== 'available') {
    scheduleApplyPending(ctx, cluster);
    return;
  }
  const { rds } = ctx.regionState;
  let status: DbClusterRecord['status'] = 'modifying';
  if (pending.iamDatabaseAuthenticationEnabled !== undefined) cluster.iamDatabaseAuthenticationEnabled = pending.iamDatabaseAuthenticationEnabled;
  if (pending.engineVersion !== undefined) {
    cluster.engineVersion = pending.engineVersion;
    if (pending.dbClusterParameterGroupName !== undefined) cluster.dbClusterParameterGroupName = pending.dbClusterParameterGroupName;
    status = 'upgrading';
  }
  if (pending.dbClusterIdentifier !== undefined && !Object.hasOwn(rds.clusters, pending.dbClusterIdentifier)) {
    renameCluster(rds, cluster, pending.dbClusterIdentifier);
    if (status === 'modifying') status = 'renaming';
  }
  cluster.pendingModifications = undefined;
  cluster.status = status;
  ctx.schedule(MODIFY_MS, CLUSTER_MODIFY_TRANSITIONS.modified, {
    identifier: cluster.identifier,
    resourceId: cluster.resourceId,
    token: nextClusterToken(cluster),
    passwordReset: false,
  });
};

export const clusterModificationTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [CLUSTER_MODIFY_TRANSITIONS.modified]: modificationCompleted,
  [CLUSTER_MODIFY_TRANSITIONS.applyPending]: applyPending,
};
