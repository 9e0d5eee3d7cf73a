import type { StateValue } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchRegionState } from '../monitoring-state';
import type { MetricAlarmRecord } from './metric-alarm-record';

/** CloudWatch's timestamps inside StateReasonData / HistoryData: `2021-06-08T16:29:00.000+0000`. */
export function reasonDataTimestamp(at: number): string {
  return new Date(at).toISOString().replace('Z', '+0000');
}

/**
 * Moves an alarm to a new state and records the `StateUpdate` history item AWS writes
 * ("Alarm updated from OK to ALARM", with the old and new state in HistoryData).
 */
export function changeAlarmState(monitoring: CloudWatchRegionState, alarm: MetricAlarmRecord, at: number, state: StateValue, reason: string, reasonData: string | undefined): void {
  const oldState = { stateValue: alarm.stateValue, stateReason: alarm.stateReason, ...(alarm.stateReasonData ? { stateReasonData: JSON.parse(alarm.stateReasonData) as unknown } : {}) };
  const transitioned = alarm.stateValue !== state;
  alarm.stateValue = state;
  alarm.stateReason = reason;
  alarm.stateReasonData = reasonData;
  alarm.stateUpdatedAt = at;
  if (transitioned) alarm.stateTransitionedAt = at;
  const newState = { stateValue: state, stateReason: reason, ...(reasonData ? { stateReasonData: JSON.parse(reasonData) as unknown } : {}) };
  monitoring.alarmHistory.push({
    alarmName: alarm.alarmName,
    at,
    type: 'StateUpdate',
    summary: `Alarm updated from ${oldState.stateValue} to ${state}`,
    data: JSON.stringify({ version: '1.0', oldState, newState }),
  });
}
