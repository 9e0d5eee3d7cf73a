import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { clusterTransitionHandlers } from './clusters/cluster-transitions';
import { createDbCluster } from './clusters/create-db-cluster';
import { deleteDbCluster } from './clusters/delete-db-cluster';
import { describeDbClusters } from './clusters/describe-db-clusters';
import { createDbInstance } from './instances/create-db-instance';
import { deleteDbInstance } from './instances/delete-db-instance';
import { describeDbInstances } from './instances/describe-db-instances';
import { instanceTransitionHandlers } from './instances/instance-transitions';
import { createDbSubnetGroup } from './subnet-groups/create-db-subnet-group';
import { describeDbSubnetGroups } from './subnet-groups/describe-db-subnet-groups';
import { clusterEndpointTransitionHandlers } from './endpoints/cluster-endpoint-transitions';
import { createDbClusterEndpoint } from './endpoints/create-db-cluster-endpoint';
import { deleteDbClusterEndpoint } from './endpoints/delete-db-cluster-endpoint';
import { describeDbClusterEndpoints } from './endpoints/describe-db-cluster-endpoints';
import { modifyDbClusterEndpoint } from './endpoints/modify-db-cluster-endpoint';
import { failoverDbCluster, failoverDbClusterTransitionHandlers } from './clusters/failover-db-cluster';
import { describeEventCategories } from './events/describe-event-categories';
import { describeEvents } from './events/describe-events';
import { globalClusterOperations, globalClusterTransitions } from './global/global-handlers';
import { snapshotOperations, snapshotTransitions } from './snapshots/snapshot-handlers';
import { describeDbEngineVersions } from './catalog/describe-db-engine-versions';
import { describeOrderableDbInstanceOptions } from './catalog/describe-orderable-db-instance-options';
import { parameterGroupOperations } from './parameter-groups/parameter-group-handlers';
import { dataApiOperations } from './data-api/data-api-handlers';
import { clusterManagementOperations, clusterManagementTransitions } from './clusters/cluster-management-handlers';
import { tagOperations } from './tags/tag-handlers';

export const rdsHandlers: ServiceHandlers = {
  service: 'rds',
  operations: {
    CreateDBSubnetGroup: createDbSubnetGroup,
    DescribeDBSubnetGroups: describeDbSubnetGroups,
    CreateDBCluster: createDbCluster,
    DescribeDBClusters: describeDbClusters,
    DeleteDBCluster: deleteDbCluster,
    CreateDBInstance: createDbInstance,
    DescribeDBInstances: describeDbInstances,
    DeleteDBInstance: deleteDbInstance,
    CreateDBClusterEndpoint: createDbClusterEndpoint,
    ModifyDBClusterEndpoint: modifyDbClusterEndpoint,
    DeleteDBClusterEndpoint: deleteDbClusterEndpoint,
    DescribeDBClusterEndpoints: describeDbClusterEndpoints,
    FailoverDBCluster: failoverDbCluster,
    DescribeEvents: describeEvents,
    DescribeEventCategories: describeEventCategories,
    ...globalClusterOperations,
    ...snapshotOperations,
    DescribeDBEngineVersions: describeDbEngineVersions,
    DescribeOrderableDBInstanceOptions: describeOrderableDbInstanceOptions,
    ...parameterGroupOperations,
    ...dataApiOperations,
    ...clusterManagementOperations,
    ...tagOperations,
  },
  transitions: {
    ...clusterTransitionHandlers,
    ...instanceTransitionHandlers,
    ...clusterEndpointTransitionHandlers,
    ...failoverDbClusterTransitionHandlers,
    ...globalClusterTransitions,
    ...snapshotTransitions,
    ...clusterManagementTransitions,
  },
};
