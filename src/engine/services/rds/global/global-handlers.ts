import type { OperationHandler, TransitionHandler } from '../../../sandbox/service-handlers';
import { createGlobalCluster } from './create-global-cluster';
import { deleteGlobalCluster } from './delete-global-cluster';
import { describeGlobalClusters } from './describe-global-clusters';
import { failoverGlobalCluster } from './failover-global-cluster';
import { globalClusterTransitionHandlers } from './global-cluster-transitions';
import { modifyGlobalCluster } from './modify-global-cluster';
import { removeFromGlobalCluster } from './remove-from-global-cluster';
import { switchoverGlobalCluster } from './switchover-global-cluster';

/** The Aurora global database operations, registered in rds-handlers.ts. */
export const globalClusterOperations: Readonly<Record<string, OperationHandler>> = {
  CreateGlobalCluster: createGlobalCluster,
  DescribeGlobalClusters: describeGlobalClusters,
  ModifyGlobalCluster: modifyGlobalCluster,
  DeleteGlobalCluster: deleteGlobalCluster,
  RemoveFromGlobalCluster: removeFromGlobalCluster,
  FailoverGlobalCluster: failoverGlobalCluster,
  SwitchoverGlobalCluster: switchoverGlobalCluster,
};

export const globalClusterTransitions: Readonly<Record<string, TransitionHandler>> = globalClusterTransitionHandlers;
