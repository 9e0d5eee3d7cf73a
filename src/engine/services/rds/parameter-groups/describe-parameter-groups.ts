import type {
  DBClusterParameterGroupsMessage,
  DBParameterGroupsMessage,
  DescribeDBClusterParameterGroupsMessage,
  DescribeDBParameterGroupsMessage,
} from '@aws-sdk/client-rds';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { byKey, checkRecordsRequest, pageOf, type RecordsRequest } from '../rds-pagination';
import { defaultGroups, groupTable, type ParameterGroupKind, requireParameterGroup, type ResolvedParameterGroup } from './parameter-group-kinds';
import { renderDbClusterParameterGroup, renderDbParameterGroup } from './render-parameter-group';

const nameOf = (group: ResolvedParameterGroup) => group.record.name;

function listGroups(ctx: OperationContext, kind: ParameterGroupKind, name: string | undefined, request: RecordsRequest) {
  checkRecordsRequest(request);
  const { rds } = ctx.regionState;
  let listed: ResolvedParameterGroup[];
  if (name !== undefined) {
    listed = [requireParameterGroup(rds, kind, name)];
  } else {
    const custom = Object.values(groupTable(rds, kind)).flatMap((record) => {
      const family = defaultGroups(kind).find((d) => d.family.family === record.family)?.family;
      return family ? [{ record, isDefault: false, family }] : [];
    });
    listed = [...defaultGroups(kind), ...custom].sort(byKey(nameOf));
  }
  return pageOf(listed, nameOf, request);
}

// `Filters` is accepted and ignored: the API reference says these operations do not support it yet.
export const describeDbClusterParameterGroups = defineOperation<DescribeDBClusterParameterGroupsMessage, DBClusterParameterGroupsMessage>((ctx, input) => {
  const { page, marker } = listGroups(ctx, 'cluster', input.DBClusterParameterGroupName, input);
  return { DBClusterParameterGroups: page.map((group) => renderDbClusterParameterGroup(ctx, group)), Marker: marker };
});

export const describeDbParameterGroups = defineOperation<DescribeDBParameterGroupsMessage, DBParameterGroupsMessage>((ctx, input) => {
  const { page, marker } = listGroups(ctx, 'instance', input.DBParameterGroupName, input);
  return { DBParameterGroups: page.map((group) => renderDbParameterGroup(ctx, group)), Marker: marker };
});
