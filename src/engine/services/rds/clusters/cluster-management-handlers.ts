import type { OperationHandler, TransitionHandler } from '../../../sandbox/service-handlers';
import { instanceModificationTransitionHandlers } from '../instances/modify-db-instance-transitions';
import { modifyDbInstance } from '../instances/modify-db-instance';
import { instanceRebootTransitionHandlers, rebootDbInstance } from '../instances/reboot-db-instance';
import { clusterModificationTransitionHandlers } from './cluster-modification-transitions';
import { modifyCurrentDbClusterCapacity } from './modify-current-db-cluster-capacity';
import { modifyDbCluster } from './modify-db-cluster';
import { rebootDbCluster } from './reboot-db-cluster';
import { serverlessV1TransitionHandlers } from './serverless-v1-activity';
import { clusterStopStartTransitionHandlers, startDbCluster, stopDbCluster } from './stop-start-db-cluster';

/** Modify / start / stop / reboot of clusters and instances, and Serverless v1 capacity (issue 3). */
export const clusterManagementOperations: Readonly<Record<string, OperationHandler>> = {
  ModifyDBCluster: modifyDbCluster,
  StartDBCluster: startDbCluster,
  StopDBCluster: stopDbCluster,
  RebootDBCluster: rebootDbCluster,
  ModifyCurrentDBClusterCapacity: modifyCurrentDbClusterCapacity,
  ModifyDBInstance: modifyDbInstance,
  RebootDBInstance: rebootDbInstance,
};

export const clusterManagementTransitions: Readonly<Record<string, TransitionHandler>> = {
  ...clusterModificationTransitionHandlers,
  ...clusterStopStartTransitionHandlers,
  ...serverlessV1TransitionHandlers,
  ...instanceModificationTransitionHandlers,
  ...instanceRebootTransitionHandlers,
};
