import type { OperationHandler } from '../../../sandbox/service-handlers';
import { createDbClusterParameterGroup, createDbParameterGroup } from './create-parameter-group';
import { deleteDbClusterParameterGroup, deleteDbParameterGroup } from './delete-parameter-group';
import { describeDbClusterParameterGroups, describeDbParameterGroups } from './describe-parameter-groups';
import {
  describeDbClusterParameters,
  describeDbParameters,
  describeEngineDefaultClusterParameters,
  describeEngineDefaultParameters,
} from './describe-parameters';
import { modifyDbClusterParameterGroup, modifyDbParameterGroup } from './modify-parameter-group';
import { resetDbClusterParameterGroup, resetDbParameterGroup } from './reset-parameter-group';

/** Cluster and instance parameter groups. */
export const parameterGroupOperations: Readonly<Record<string, OperationHandler>> = {
  CreateDBClusterParameterGroup: createDbClusterParameterGroup,
  DescribeDBClusterParameterGroups: describeDbClusterParameterGroups,
  ModifyDBClusterParameterGroup: modifyDbClusterParameterGroup,
  ResetDBClusterParameterGroup: resetDbClusterParameterGroup,
  DeleteDBClusterParameterGroup: deleteDbClusterParameterGroup,
  DescribeDBClusterParameters: describeDbClusterParameters,
  DescribeEngineDefaultClusterParameters: describeEngineDefaultClusterParameters,
  CreateDBParameterGroup: createDbParameterGroup,
  DescribeDBParameterGroups: describeDbParameterGroups,
  ModifyDBParameterGroup: modifyDbParameterGroup,
  ResetDBParameterGroup: resetDbParameterGroup,
  DeleteDBParameterGroup: deleteDbParameterGroup,
  DescribeDBParameters: describeDbParameters,
  DescribeEngineDefaultParameters: describeEngineDefaultParameters,
};
