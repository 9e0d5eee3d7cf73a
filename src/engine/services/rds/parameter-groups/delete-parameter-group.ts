import type { DeleteDBClusterParameterGroupMessage, DeleteDBParameterGroupMessage } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { groupLabel, groupTable, type ParameterGroupKind, requireParameterGroup } from './parameter-group-kinds';

function inUse(ctx: OperationContext, kind: ParameterGroupKind, name: string): boolean {
  const { rds } = ctx.regionState;
  if (kind === 'cluster') {
    return Object.values(rds.clusters).some((cluster) => cluster.status !== 'deleting' && cluster.dbClusterParameterGroupName === name);
  }
  return Object.values(rds.instances).some((instance) => instance.status !== 'deleting' && instance.dbParameterGroupName === name);
}

/** Deletes a custom group; default groups and groups still in use stay (InvalidDBParameterGroupState). */
function deleteGroup(ctx: OperationContext, kind: ParameterGroupKind, requested: string): void {
  const group = requireParameterGroup(ctx.regionState.rds, kind, requested);
  const name = group.record.name;
  if (group.isDefault) throw modeledError('rds', 'InvalidDBParameterGroupStateFault', `Default ${groupLabel(kind)} cannot be deleted: ${name}`);
  if (inUse(ctx, kind, name)) {
    throw modeledError(
      'rds',
      'InvalidDBParameterGroupStateFault',
      kind === 'cluster'
        ? `One or more DB clusters are still using this parameter group ${name}, so the group cannot be deleted`
        : `One or more database instances are still members of this parameter group ${name}, so the group cannot be deleted`,
    );
  }
  delete groupTable(ctx.regionState.rds, kind)[name];
}

export const deleteDbClusterParameterGroup = defineOperation<DeleteDBClusterParameterGroupMessage, object>((ctx, input) => {
  deleteGroup(ctx, 'cluster', input.DBClusterParameterGroupName ?? '');
  return {};
});

export const deleteDbParameterGroup = defineOperation<DeleteDBParameterGroupMessage, object>((ctx, input) => {
  deleteGroup(ctx, 'instance', input.DBParameterGroupName ?? '');
  return {};
});
