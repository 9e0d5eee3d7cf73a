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
  },
  transitions: {
    ...clusterTransitionHandlers,
    ...instanceTransitionHandlers,
  },
};
