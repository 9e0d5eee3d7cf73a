import type { DBClusterCapacityInfo, ModifyCurrentDBClusterCapacityMessage } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidDbClusterState, invalidParameterValue } from '../rds-errors';
import { findCluster } from './find-cluster';
import { V1_CAPACITIES } from './serverless-scaling';
import { noteServerlessV1Activity, scheduleServerlessV1IdleCheck, serverlessV1RuntimeOf, startServerlessV1Scaling } from './serverless-v1-activity';

const TIMEOUT_ACTIONS = ['ForceApplyCapacityChange', 'RollbackCapacityChange'];

/**
 * ModifyCurrentDBClusterCapacity: Aurora Serverless v1 only. Sets the capacity now (it scales on the
 * virtual clock, `PendingCapacity` until done); a paused cluster resumes. Capacity must be one of the
 * engine's v1 values (MySQL 1–256 in powers of two; PostgreSQL 2–384) within the cluster's range.
 */
export const modifyCurrentDbClusterCapacity = defineOperation<ModifyCurrentDBClusterCapacityMessage, DBClusterCapacityInfo>((ctx, input) => {
  const cluster = findCluster(ctx.regionState.rds, input.DBClusterIdentifier ?? '');
  const scaling = cluster.serverlessV1Scaling;
  if (cluster.engineMode !== 'serverless' || !scaling) {
    throw invalidDbClusterState(`DB cluster ${cluster.identifier} is not an Aurora Serverless v1 DB cluster (engine mode ${cluster.engineMode}); ModifyCurrentDBClusterCapacity applies only to clusters in serverless engine mode.`);
  }
  if (cluster.status !== 'available') throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
  const allowed = V1_CAPACITIES[cluster.engine];
  const capacity = input.Capacity;
  if (capacity !== undefined && !allowed.includes(capacity)) {
    throw modeledError('rds', 'InvalidDBClusterCapacityFault', `Capacity ${capacity} isn't a valid Aurora Serverless DB cluster capacity. Valid capacity values are ${allowed.join(', ')}.`);
  }
  if (capacity !== undefined && (capacity < scaling.minCapacity || capacity > scaling.maxCapacity)) {
    throw modeledError(
      'rds',
      'InvalidDBClusterCapacityFault',
      `Capacity ${capacity} is outside the DB cluster's scaling range: MinCapacity ${scaling.minCapacity}, MaxCapacity ${scaling.maxCapacity}.`,
    );
  }
  const timeout = input.SecondsBeforeTimeout ?? scaling.secondsBeforeTimeout;
  if (!Number.isInteger(timeout) || timeout < 10 || timeout > 600) {
    throw invalidParameterValue(`Invalid SecondsBeforeTimeout ${timeout}. Specify a value between 10 and 600 seconds.`);
  }
  const timeoutAction = input.TimeoutAction ?? scaling.timeoutAction;
  if (!TIMEOUT_ACTIONS.includes(timeoutAction)) {
    throw invalidParameterValue(`Invalid TimeoutAction ${timeoutAction}. Valid values are: ${TIMEOUT_ACTIONS.join(', ')}.`);
  }

  const runtime = serverlessV1RuntimeOf(cluster)!;
  runtime.lastActivityAt = ctx.now.getTime();
  if (capacity !== undefined && capacity !== runtime.capacity && capacity !== runtime.pendingCapacity) {
    startServerlessV1Scaling(ctx, cluster, capacity, 'Call to ModifyCurrentDBClusterCapacity.');
    scheduleServerlessV1IdleCheck(ctx, cluster);
  } else {
    noteServerlessV1Activity(ctx, cluster);
  }
  return {
    DBClusterIdentifier: cluster.identifier,
    PendingCapacity: runtime.pendingCapacity ?? undefined,
    CurrentCapacity: runtime.capacity,
    SecondsBeforeTimeout: timeout,
    TimeoutAction: timeoutAction,
  };
});
