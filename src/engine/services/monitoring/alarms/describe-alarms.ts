import type { DescribeAlarmsInput, DescribeAlarmsOutput } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination, validationError } from '../monitoring-errors';
import { pageByToken } from '../monitoring-pagination';
import { renderMetricAlarm } from './render-metric-alarm';

const DEFAULT_RECORDS = 50;

/**
 * DescribeAlarms: metric alarms (alphabetical by name) filtered by AlarmNames or AlarmNamePrefix,
 * StateValue and ActionPrefix; paged by MaxRecords (1–100, default 50) and NextToken. Without
 * AlarmTypes only metric alarms are returned (API reference); the sandbox has no composite alarms,
 * so CompositeAlarms is always empty.
 */
export const describeAlarms = defineOperation<DescribeAlarmsInput, DescribeAlarmsOutput>((ctx, input) => {
  if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined) {
    throw invalidParameterCombination('AlarmNames and AlarmNamePrefix cannot be specified together.');
  }
  if ((input.AlarmNames ?? []).length > 100) {
    throw validationError(`1 validation error detected: Value '[${(input.AlarmNames ?? []).join(', ')}]' at 'alarmNames' failed to satisfy constraint: Member must have length less than or equal to 100`);
  }
  const max = input.MaxRecords ?? DEFAULT_RECORDS;
  if (max < 1 || max > 100) {
    throw validationError(`1 validation error detected: Value '${max}' at 'maxRecords' failed to satisfy constraint: Member must have value ${max < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  if (input.ChildrenOfAlarmName !== undefined || input.ParentsOfAlarmName !== undefined) {
    if (input.AlarmNames !== undefined || input.AlarmNamePrefix !== undefined || input.StateValue !== undefined || input.ActionPrefix !== undefined) {
      throw invalidParameterCombination('ChildrenOfAlarmName and ParentsOfAlarmName cannot be combined with other filters.');
    }
  }
  const types = input.AlarmTypes ?? ['MetricAlarm'];
  const names = input.AlarmNames ? new Set(input.AlarmNames) : null;
  const relational = input.ChildrenOfAlarmName !== undefined || input.ParentsOfAlarmName !== undefined;
  const alarms = relational || !types.includes('MetricAlarm')
    ? []
    : Object.values(ctx.regionState.monitoring.alarms)
        .filter((a) => names === null || names.has(a.alarmName))
        .filter((a) => input.AlarmNamePrefix === undefined || a.alarmName.startsWith(input.AlarmNamePrefix))
        .filter((a) => input.StateValue === undefined || a.stateValue === input.StateValue)
        .filter((a) => input.ActionPrefix === undefined || [...a.alarmActions, ...a.okActions, ...a.insufficientDataActions].some((arn) => arn.startsWith(input.ActionPrefix!)))
        .sort((a, b) => (a.alarmName < b.alarmName ? -1 : a.alarmName > b.alarmName ? 1 : 0));
  const { page, nextToken } = pageByToken(alarms, max, input.NextToken);
  return { MetricAlarms: page.map(renderMetricAlarm), CompositeAlarms: [], ...(nextToken ? { NextToken: nextToken } : {}) };
});
