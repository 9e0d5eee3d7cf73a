import type { DeleteDBInstanceMessage, DeleteDBInstanceResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { chooseFailoverTarget } from '../clusters/cluster-members';
import { CLUSTER_TRANSITIONS } from '../clusters/cluster-transitions';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { FAILOVER_MS, INSTANCE_DELETE_MS } from '../lifecycle-durations';
import { invalidDbInstanceState, invalidParameterCombination } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { findInstance } from './find-instance';
import { INSTANCE_TRANSITIONS } from './instance-transitions';
import { renderDbInstance } from './render-db-instance';
import { clusterEventSource } from '../events/event-sources';

/**
 * DeleteDBInstance for an Aurora member: it goes `deleting` and vanishes after a while. Deleting
 * the writer fails the cluster over to the best reader, as Aurora does.
 */
export const deleteDbInstance = defineOperation<DeleteDBInstanceMessage, DeleteDBInstanceResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const instance = findInstance(rds, input.DBInstanceIdentifier ?? '');
  if (instance.status === 'deleting') throw invalidDbInstanceState(`Instance ${instance.identifier} is already being deleted.`);
  // Aurora instances keep no data of their own, so there is nothing to snapshot.
  if (input.FinalDBSnapshotIdentifier !== undefined) {
    throw invalidParameterCombination('FinalDBSnapshotIdentifier cannot be specified when deleting a cluster instance');
  }

  instance.status = 'deleting';
  const cluster = ownEntry(rds.clusters, instance.clusterIdentifier);
  if (cluster && cluster.writerIdentifier === instance.identifier) {
    const target = chooseFailoverTarget(rds, cluster.identifier, instance.identifier);
    if (target) {
      const started = target.availabilityZone === instance.availabilityZone ? RDS_EVENTS.failoverStartedSameAz : RDS_EVENTS.failoverStartedCrossAz;
      const source = clusterEventSource(ctx.region, ctx.accountId, cluster.identifier);
      recordEvent(rds, ctx.now, source, started, target.identifier);
      ctx.schedule(FAILOVER_MS, CLUSTER_TRANSITIONS.failoverCompleted, {
        identifier: cluster.identifier,
        resourceId: cluster.resourceId,
        target: target.identifier,
        targetResourceId: target.resourceId,
      });
    }
  }
  ctx.schedule(INSTANCE_DELETE_MS, INSTANCE_TRANSITIONS.deleted, { identifier: instance.identifier, resourceId: instance.resourceId });
  return { DBInstance: renderDbInstance(rdsViewOf(ctx), instance) };
});
