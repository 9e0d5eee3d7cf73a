import type { DeleteAlarmsInput } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { resourceNotFound, validationError } from '../monitoring-errors';

/**
 * DeleteAlarms: deletes up to 100 alarms. "In the event of an error, no alarms are deleted" (API
 * reference): a name that is not an alarm is ResourceNotFound and nothing is deleted. The history
 * of a deleted alarm stays (DescribeAlarmHistory keeps items for 30 days).
 */
export const deleteAlarms = defineOperation<DeleteAlarmsInput, Record<string, never>>((ctx, input) => {
  const names = input.AlarmNames ?? [];
  if (names.length > 100) {
    throw validationError(`1 validation error detected: Value '[${names.join(', ')}]' at 'alarmNames' failed to satisfy constraint: Member must have length less than or equal to 100`);
  }
  const { monitoring } = ctx.regionState;
  const unknown = names.filter((name) => !Object.hasOwn(monitoring.alarms, name));
  if (unknown.length > 0) throw resourceNotFound(`${unknown.length} alarm(s) not found: ${unknown.join(', ')}`);
  for (const name of names) {
    delete monitoring.alarms[name];
    monitoring.alarmHistory.push({
      alarmName: name,
      at: ctx.now.getTime(),
      type: 'ConfigurationUpdate',
      summary: `Alarm "${name}" deleted`,
      data: JSON.stringify({ version: '1.0', type: 'Delete', deletedAlarm: { alarmName: name } }),
    });
  }
  return {};
});
