import type { DisableAlarmActionsInput, EnableAlarmActionsInput } from '@aws-sdk/client-cloudwatch';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { validationError } from '../monitoring-errors';

function switchActions(ctx: OperationContext, names: readonly string[], enabled: boolean): Record<string, never> {
  if (names.length > 100) {
    throw validationError(`1 validation error detected: Value '[${names.join(', ')}]' at 'alarmNames' failed to satisfy constraint: Member must have length less than or equal to 100`);
  }
  const { alarms } = ctx.regionState.monitoring;
  // Names that are not alarms are ignored (the API reference lists no error for them).
  for (const name of names) if (Object.hasOwn(alarms, name)) alarms[name].actionsEnabled = enabled;
  return {};
}

/** EnableAlarmActions: turns the named alarms' actions on (`ActionsEnabled` true). */
export const enableAlarmActions = defineOperation<EnableAlarmActionsInput, Record<string, never>>((ctx, input) => switchActions(ctx, input.AlarmNames ?? [], true));

/** DisableAlarmActions: turns the named alarms' actions off; their states are still evaluated. */
export const disableAlarmActions = defineOperation<DisableAlarmActionsInput, Record<string, never>>((ctx, input) => switchActions(ctx, input.AlarmNames ?? [], false));
