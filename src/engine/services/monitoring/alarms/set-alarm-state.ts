import type { SetAlarmStateInput } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidFormat, resourceNotFound, validationError } from '../monitoring-errors';
import { changeAlarmState } from './alarm-state-change';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * SetAlarmState: sets an alarm's state for testing; "the alarm returns to its actual state" at its
 * next evaluation (API reference). StateReasonData must be JSON (InvalidFormat otherwise).
 */
export const setAlarmState = defineOperation<SetAlarmStateInput, Record<string, never>>((ctx, input) => {
  const { monitoring } = ctx.regionState;
  const name = input.AlarmName ?? '';
  const reason = input.StateReason ?? '';
  if (reason.length > 1023) throw validationError(`1 validation error detected: Value at 'stateReason' failed to satisfy constraint: Member must have length less than or equal to 1023`);
  if (input.StateReasonData !== undefined && !isJson(input.StateReasonData)) {
    throw invalidFormat('State reason data must be valid JSON.');
  }
  const alarm = Object.hasOwn(monitoring.alarms, name) ? monitoring.alarms[name] : undefined;
  if (!alarm) throw resourceNotFound(`Alarm ${name} not found`);
  changeAlarmState(monitoring, alarm, ctx.now.getTime(), input.StateValue!, reason, input.StateReasonData);
  return {};
});
