import type {
  DBClusterParameterGroupNameMessage,
  DBParameterGroupNameMessage,
  Parameter,
  ResetDBClusterParameterGroupMessage,
  ResetDBParameterGroupMessage,
} from '@aws-sdk/client-rds';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination } from '../rds-errors';
import { namedParameters, requireCustomGroup } from './modify-parameter-group';
import { engineParameters } from './engine-parameters';
import type { ParameterGroupKind } from './parameter-group-kinds';
import { markPendingParameterReboot } from './pending-parameter-reboot';

/**
 * Returns parameters to their engine defaults. Resetting everything applies dynamic parameters at
 * once and leaves static ones pending a reboot (API/API_ResetDBClusterParameterGroup.html).
 */
function resetGroup(ctx: OperationContext, kind: ParameterGroupKind, name: string, resetAll: boolean, parameters: readonly Parameter[] | undefined): string {
  const group = requireCustomGroup(ctx, kind, name);
  if (resetAll && parameters !== undefined && parameters.length > 0) {
    throw invalidParameterCombination('You cannot use ResetAllParameters and Parameters in the same request.');
  }
  if (!resetAll && (parameters === undefined || parameters.length === 0)) {
    throw invalidParameterCombination('Either ResetAllParameters must be true or Parameters must name the parameters to reset.');
  }
  const byName = new Map(engineParameters(group.family, kind).map((p) => [p.name, p]));
  let needsReboot = false;
  if (resetAll) {
    for (const overridden of Object.keys(group.record.overrides)) {
      if (byName.get(overridden)?.applyType === 'static' || group.record.overrides[overridden].applyMethod === 'pending-reboot') needsReboot = true;
    }
    for (const overridden of Object.keys(group.record.overrides)) delete group.record.overrides[overridden];
  } else {
    const resets = namedParameters(group, kind, parameters ?? []).map(({ request, parameter }) => {
      const applyMethod = request.ApplyMethod ?? (parameter.applyType === 'static' ? 'pending-reboot' : 'immediate');
      if (applyMethod === 'immediate' && parameter.applyType === 'static') {
        throw invalidParameterCombination('cannot use immediate apply method for static parameter');
      }
      return { name: parameter.name, applyMethod };
    });
    // Accepted: from here on nothing throws.
    for (const reset of resets) {
      if (!Object.hasOwn(group.record.overrides, reset.name)) continue;
      if (reset.applyMethod === 'pending-reboot') needsReboot = true;
      delete group.record.overrides[reset.name];
    }
  }
  if (needsReboot) markPendingParameterReboot(ctx.regionState.rds, kind, group.record.name);
  return group.record.name;
}

export const resetDbClusterParameterGroup = defineOperation<ResetDBClusterParameterGroupMessage, DBClusterParameterGroupNameMessage>((ctx, input) => ({
  DBClusterParameterGroupName: resetGroup(ctx, 'cluster', input.DBClusterParameterGroupName ?? '', input.ResetAllParameters === true, input.Parameters),
}));

export const resetDbParameterGroup = defineOperation<ResetDBParameterGroupMessage, DBParameterGroupNameMessage>((ctx, input) => ({
  DBParameterGroupName: resetGroup(ctx, 'instance', input.DBParameterGroupName ?? '', input.ResetAllParameters === true, input.Parameters),
}));
