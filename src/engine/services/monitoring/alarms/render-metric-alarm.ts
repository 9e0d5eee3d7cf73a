import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricAlarmRecord } from './metric-alarm-record';

/** A MetricAlarm as DescribeAlarms returns it (members AWS leaves out when unset are left out). */
export function renderMetricAlarm(alarm: MetricAlarmRecord): MetricAlarm {
  return {
    AlarmName: alarm.alarmName,
    AlarmArn: alarm.alarmArn,
    AlarmDescription: alarm.alarmDescription,
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.configurationUpdatedAt),
    ActionsEnabled: alarm.actionsEnabled,
    OKActions: [...alarm.okActions],
    AlarmActions: [...alarm.alarmActions],
    InsufficientDataActions: [...alarm.insufficientDataActions],
    StateValue: alarm.stateValue,
    StateReason: alarm.stateReason,
    StateReasonData: alarm.stateReasonData,
    StateUpdatedTimestamp: new Date(alarm.stateUpdatedAt),
    MetricName: alarm.metricName,
    Namespace: alarm.namespace,
    Statistic: alarm.statistic,
    ExtendedStatistic: alarm.extendedStatistic,
    Dimensions: alarm.metrics ? undefined : alarm.dimensions.map((d) => ({ ...d })),
    Period: alarm.period,
    Unit: alarm.unit,
    EvaluationPeriods: alarm.evaluationPeriods,
    DatapointsToAlarm: alarm.datapointsToAlarm,
    Threshold: alarm.threshold,
    ComparisonOperator: alarm.comparisonOperator,
    TreatMissingData: alarm.treatMissingData,
    EvaluateLowSampleCountPercentile: alarm.evaluateLowSampleCountPercentile,
    Metrics: alarm.metrics ? structuredClone(alarm.metrics) : undefined,
    ThresholdMetricId: alarm.thresholdMetricId,
    StateTransitionedTimestamp: new Date(alarm.stateTransitionedAt),
  };
}
