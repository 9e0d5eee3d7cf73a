import type { FailoverDBClusterMessage, FailoverDBClusterResult } from '@aws-sdk/client-rds';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { checkIdentifier } from '../identifiers';
import type { DbInstanceRecord } from '../instances/db-instance-record';
import { FAILOVER_MS } from '../lifecycle-durations';
import { dbInstanceNotFound, invalidDbClusterState, invalidDbInstanceState, invalidParameterValue } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { activeMembersOf, choosePromotionTarget } from './cluster-members';
import type { DbClusterRecord } from './db-cluster-record';
import { findCluster } from './find-cluster';
import { renderDbCluster } from './render-db-cluster';
import { clusterEventSource } from '../events/event-sources';

export const FAILOVER_DB_CLUSTER_COMPLETED = 'rds.cluster.failover-db-cluster-completed';

/** Instance sizes, smallest first (the part of the class after the family: `db.r6g.2xlarge`). */

/** The target a request names: an available reader of this cluster. */
function namedTarget(replicas: readonly DbInstanceRecord[], cluster: DbClusterRecord, requested: string, all: Record<string, DbInstanceRecord>): DbInstanceRecord {
  const id = checkIdentifier('DBInstanceIdentifier', requested);
  const instance = ownEntry(all, id);
  if (!instance) throw dbInstanceNotFound(requested);
  if (instance.clusterIdentifier !== cluster.identifier) {
    throw invalidParameterValue(`DB instance ${id} is not a member of DB cluster ${cluster.identifier}.`);
  }
  if (id === cluster.writerIdentifier) {
    throw invalidParameterValue(`DB instance ${id} is already the writer of DB cluster ${cluster.identifier}.`);
  }
  const replica = replicas.find((candidate) => candidate.identifier === id);
  if (!replica || replica.status !== 'available') {
    throw invalidDbInstanceState(`DB instance ${id} is not available for failover with status ${instance.status}.`);
  }
  return replica;
}

/**
 * FailoverDBCluster: promotes a reader to writer. The cluster is `failing-over` for about 30 s
 * (FACTS.md §1: "typically under 60 s, often under 30 s"), with RDS-EVENT-0072 (same AZ) or 0073
 * (cross AZ) at the start and 0071 at the end; the old writer comes back as a reader.
 */
export const failoverDbCluster = defineOperation<FailoverDBClusterMessage, FailoverDBClusterResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  if (cluster.status !== 'available') {
    throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
  }
  const members = activeMembersOf(rds, cluster.identifier);
  const writer = members.find((instance) => instance.identifier === cluster.writerIdentifier);
  const replicas = members.filter((instance) => instance.identifier !== cluster.writerIdentifier);
  if (!writer || replicas.length === 0) {
    throw invalidDbClusterState(`Cannot failover DB cluster ${cluster.identifier}: it has no Aurora Replica to promote.`);
  }
  const target =
    input.TargetDBInstanceIdentifier !== undefined
      ? namedTarget(replicas, cluster, input.TargetDBInstanceIdentifier, rds.instances)
      : choosePromotionTarget(replicas);
  if (!target) {
    throw invalidDbClusterState(`Cannot failover DB cluster ${cluster.identifier}: none of its Aurora Replicas is available.`);
  }

  cluster.status = 'failing-over';
  const started = target.availabilityZone === writer.availabilityZone ? RDS_EVENTS.failoverStartedSameAz : RDS_EVENTS.failoverStartedCrossAz;
  recordEvent(rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), started, target.identifier);
  ctx.schedule(FAILOVER_MS, FAILOVER_DB_CLUSTER_COMPLETED, {
    identifier: cluster.identifier,
    resourceId: cluster.resourceId,
    target: target.identifier,
    targetResourceId: target.resourceId,
  });
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});

/** The target becomes the writer (if it is still there) and the cluster is available again. */
const failoverDbClusterCompleted: TransitionHandler = (ctx, payload) => {
  const { rds } = ctx.regionState;
  const cluster = ownEntry(rds.clusters, String(payload.identifier));
  if (!cluster || cluster.resourceId !== payload.resourceId || cluster.status !== 'failing-over') return;
  cluster.status = 'available';
  const target = ownEntry(rds.instances, String(payload.target));
  if (!target || target.resourceId !== payload.targetResourceId || target.status === 'deleting') return;
  cluster.writerIdentifier = target.identifier;
  recordEvent(rds, ctx.now, clusterEventSource(ctx.region, ctx.accountId, cluster.identifier), RDS_EVENTS.failoverCompleted, target.identifier);
};

export const failoverDbClusterTransitionHandlers: Readonly<Record<string, TransitionHandler>> = {
  [FAILOVER_DB_CLUSTER_COMPLETED]: failoverDbClusterCompleted,
};
