import type { DBClusterParameterGroup, DBParameterGroup, Parameter } from '@aws-sdk/client-rds';
import type { EngineParameter, ParameterGroupFamily } from './engine-parameters';
import { parameterGroupArn, type ResolvedParameterGroup } from './parameter-group-kinds';
import type { ParameterOverrideRecord } from './parameter-group-record';

type Scope = { readonly region: string; readonly accountId: string };

export function renderDbClusterParameterGroup(scope: Scope, group: ResolvedParameterGroup): DBClusterParameterGroup {
  return {
    DBClusterParameterGroupName: group.record.name,
    DBParameterGroupFamily: group.record.family,
    Description: group.record.description,
    DBClusterParameterGroupArn: parameterGroupArn(scope.region, scope.accountId, 'cluster', group.record.name),
  };
}

export function renderDbParameterGroup(scope: Scope, group: ResolvedParameterGroup): DBParameterGroup {
  return {
    DBParameterGroupName: group.record.name,
    DBParameterGroupFamily: group.record.family,
    Description: group.record.description,
    DBParameterGroupArn: parameterGroupArn(scope.region, scope.accountId, 'instance', group.record.name),
  };
}

/** One parameter as Describe*Parameters shows it, with the group's override if it has one. */
export function renderParameter(family: ParameterGroupFamily, parameter: EngineParameter, override: ParameterOverrideRecord | undefined): Parameter {
  return {
    ParameterName: parameter.name,
    ParameterValue: override ? override.value : parameter.defaultValue,
    Description: parameter.description,
    Source: override ? 'user' : parameter.source,
    ApplyType: parameter.applyType,
    DataType: parameter.dataType,
    AllowedValues: parameter.allowedValues,
    IsModifiable: parameter.isModifiable,
    MinimumEngineVersion: family.minimumEngineVersion,
    ApplyMethod: override ? override.applyMethod : 'pending-reboot',
    SupportedEngineModes: ['provisioned'],
  };
}
