import type {
  DBClusterParameterGroupDetails,
  DBParameterGroupDetails,
  DescribeDBClusterParametersMessage,
  DescribeDBParametersMessage,
  DescribeEngineDefaultClusterParametersMessage,
  DescribeEngineDefaultClusterParametersResult,
  DescribeEngineDefaultParametersMessage,
  DescribeEngineDefaultParametersResult,
  Parameter,
} from '@aws-sdk/client-rds';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterValue } from '../rds-errors';
import { checkRecordsRequest, pageOf, type RecordsRequest } from '../rds-pagination';
import { engineParameters } from './engine-parameters';
import { checkFamily, type ParameterGroupKind, requireParameterGroup } from './parameter-group-kinds';
import { renderParameter } from './render-parameter-group';

const SOURCES = ['user', 'engine-default', 'system'];
const nameOf = (parameter: Parameter) => parameter.ParameterName ?? '';

function groupParameters(ctx: OperationContext, kind: ParameterGroupKind, name: string, source: string | undefined, request: RecordsRequest) {
  checkRecordsRequest(request);
  if (source !== undefined && !SOURCES.includes(source)) {
    throw invalidParameterValue(`Invalid value for Source: ${source}. Valid values are: ${SOURCES.join(', ')}`);
  }
  const group = requireParameterGroup(ctx.regionState.rds, kind, name);
  const rendered = engineParameters(group.family, kind)
    .map((parameter) => renderParameter(group.family, parameter, Object.hasOwn(group.record.overrides, parameter.name) ? group.record.overrides[parameter.name] : undefined))
    .filter((parameter) => source === undefined || parameter.Source === source);
  return pageOf(rendered, nameOf, request);
}

function engineDefaults(kind: ParameterGroupKind, familyName: string, request: RecordsRequest) {
  checkRecordsRequest(request);
  const family = checkFamily(familyName);
  const rendered = engineParameters(family, kind).map((parameter) => renderParameter(family, parameter, undefined));
  const { page, marker } = pageOf(rendered, nameOf, request);
  return { DBParameterGroupFamily: family.family, Parameters: page, Marker: marker };
}

// `Filters` is accepted and ignored: the API reference says these operations do not support it yet.
export const describeDbClusterParameters = defineOperation<DescribeDBClusterParametersMessage, DBClusterParameterGroupDetails>((ctx, input) => {
  const { page, marker } = groupParameters(ctx, 'cluster', input.DBClusterParameterGroupName ?? '', input.Source, input);
  return { Parameters: page, Marker: marker };
});

export const describeDbParameters = defineOperation<DescribeDBParametersMessage, DBParameterGroupDetails>((ctx, input) => {
  const { page, marker } = groupParameters(ctx, 'instance', input.DBParameterGroupName ?? '', input.Source, input);
  return { Parameters: page, Marker: marker };
});

export const describeEngineDefaultClusterParameters = defineOperation<DescribeEngineDefaultClusterParametersMessage, DescribeEngineDefaultClusterParametersResult>(
  (_ctx, input) => ({ EngineDefaults: engineDefaults('cluster', input.DBParameterGroupFamily ?? '', input) }),
);

export const describeEngineDefaultParameters = defineOperation<DescribeEngineDefaultParametersMessage, DescribeEngineDefaultParametersResult>((_ctx, input) => ({
  EngineDefaults: engineDefaults('instance', input.DBParameterGroupFamily ?? '', input),
}));
