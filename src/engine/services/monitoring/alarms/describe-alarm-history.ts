import type { AlarmHistoryItem, DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { validationError } from '../monitoring-errors';
import { pageByToken } from '../monitoring-pagination';

const DEFAULT_RECORDS = 100;

/**
 * DescribeAlarmHistory: ConfigurationUpdate and StateUpdate items (the sandbox runs no actions, so
 * there are no Action items), newest first unless ScanBy is TimestampAscending, filtered by alarm,
 * type and date range, paged by MaxRecords (1–100, default 100).
 */
export const describeAlarmHistory = defineOperation<DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput>((ctx, input) => {
  const max = input.MaxRecords ?? DEFAULT_RECORDS;
  if (max < 1 || max > 100) {
    throw validationError(`1 validation error detected: Value '${max}' at 'maxRecords' failed to satisfy constraint: Member must have value ${max < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const types = input.AlarmTypes ?? ['MetricAlarm', 'CompositeAlarm'];
  const from = input.StartDate?.getTime() ?? -Infinity;
  const to = input.EndDate?.getTime() ?? Infinity;
  // Every alarm the sandbox has is a metric alarm.
  const history = types.includes('MetricAlarm') ? ctx.regionState.monitoring.alarmHistory : [];
  const items = history
    .filter((h) => input.AlarmName === undefined || h.alarmName === input.AlarmName)
    .filter((h) => input.HistoryItemType === undefined || h.type === input.HistoryItemType)
    .filter((h) => h.at >= from && h.at <= to);
  const ordered = input.ScanBy === 'TimestampAscending' ? items : [...items].reverse();
  const { page, nextToken } = pageByToken(ordered, max, input.NextToken);
  const rendered: AlarmHistoryItem[] = page.map((h) => ({
    AlarmName: h.alarmName,
    AlarmType: 'MetricAlarm',
    Timestamp: new Date(h.at),
    HistoryItemType: h.type,
    HistorySummary: h.summary,
    HistoryData: h.data,
  }));
  return { AlarmHistoryItems: rendered, ...(nextToken ? { NextToken: nextToken } : {}) };
});
