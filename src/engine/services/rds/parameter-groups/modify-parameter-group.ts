import type {
  DBClusterParameterGroupNameMessage,
  DBParameterGroupNameMessage,
  ModifyDBClusterParameterGroupMessage,
  ModifyDBParameterGroupMessage,
  Parameter,
} from '@aws-sdk/client-rds';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import { engineParameters, type EngineParameter, isAllowedValue } from './engine-parameters';
import { type ParameterGroupKind, requireParameterGroup, type ResolvedParameterGroup } from './parameter-group-kinds';
import type { ParameterOverrideRecord } from './parameter-group-record';
import { markPendingParameterReboot } from './pending-parameter-reboot';

/** "You can modify up to 20 parameters in a single request" (API/API_ModifyDBClusterParameterGroup.html). */
export const MAX_PARAMETERS_PER_CALL = 20;

/** Custom groups only: RDS refuses to change a `default.<family>` group. */
export function requireCustomGroup(ctx: OperationContext, kind: ParameterGroupKind, name: string): ResolvedParameterGroup {
  const group = requireParameterGroup(ctx.regionState.rds, kind, name);
  if (group.isDefault) throw invalidParameterValue('Cannot modify a default parameter group.');
  return group;
}

/** Looks up each named parameter in the group's family, refusing unknown names and too many at once. */
export function namedParameters(group: ResolvedParameterGroup, kind: ParameterGroupKind, parameters: readonly Parameter[]): { request: Parameter; parameter: EngineParameter }[] {
  if (parameters.length === 0) throw invalidParameterValue('At least one parameter must be provided.');
  if (parameters.length > MAX_PARAMETERS_PER_CALL) {
    throw invalidParameterValue(`You can modify up to ${MAX_PARAMETERS_PER_CALL} parameters in a single request; ${parameters.length} were given.`);
  }
  const known = engineParameters(group.family, kind);
  return parameters.map((request) => {
    const name = request.ParameterName ?? '';
    const parameter = known.find((p) => p.name === name);
    if (!parameter) throw invalidParameterValue(`Could not find parameter with name: ${name}`);
    return { request, parameter };
  });
}

function modifyGroup(ctx: OperationContext, kind: ParameterGroupKind, name: string, parameters: readonly Parameter[]): string {
  const group = requireCustomGroup(ctx, kind, name);
  const changes = namedParameters(group, kind, parameters).map(({ request, parameter }) => {
    if (!parameter.isModifiable) throw invalidParameterValue(`The parameter ${parameter.name} cannot be modified.`);
    const value = request.ParameterValue;
    if (value === undefined || value === '') throw invalidParameterValue(`The parameter ParameterValue for ${parameter.name} must be provided and must not be blank.`);
    if (!isAllowedValue(parameter, value)) {
      throw invalidParameterValue(`Invalid parameter value: ${value} for: ${parameter.name} allowed values are: ${parameter.allowedValues ?? ''}`);
    }
    const applyMethod = request.ApplyMethod ?? (parameter.applyType === 'static' ? 'pending-reboot' : 'immediate');
    if (applyMethod === 'immediate' && parameter.applyType === 'static') {
      throw invalidParameterCombination('cannot use immediate apply method for static parameter');
    }
    const override: ParameterOverrideRecord = { value, applyMethod };
    return { name: parameter.name, override };
  });
  // Accepted: from here on nothing throws.
  for (const change of changes) group.record.overrides[change.name] = change.override;
  if (changes.some((change) => change.override.applyMethod === 'pending-reboot')) {
    markPendingParameterReboot(ctx.regionState.rds, kind, group.record.name);
  }
  return group.record.name;
}

export const modifyDbClusterParameterGroup = defineOperation<ModifyDBClusterParameterGroupMessage, DBClusterParameterGroupNameMessage>((ctx, input) => ({
  DBClusterParameterGroupName: modifyGroup(ctx, 'cluster', input.DBClusterParameterGroupName ?? '', input.Parameters ?? []),
}));

export const modifyDbParameterGroup = defineOperation<ModifyDBParameterGroupMessage, DBParameterGroupNameMessage>((ctx, input) => ({
  DBParameterGroupName: modifyGroup(ctx, 'instance', input.DBParameterGroupName ?? '', input.Parameters ?? []),
}));
