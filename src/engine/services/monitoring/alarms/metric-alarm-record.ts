import type { ComparisonOperator, MetricDataQuery, StandardUnit, StateValue, Statistic } from '@aws-sdk/client-cloudwatch';

/** A metric alarm as the sandbox keeps it (times are virtual epoch ms). */
export interface MetricAlarmRecord {
  readonly alarmName: string;
  readonly alarmArn: string;
  alarmDescription?: string;
  configurationUpdatedAt: number;
  actionsEnabled: boolean;
  okActions: string[];
  alarmActions: string[];
  insufficientDataActions: string[];
  stateValue: StateValue;
  stateReason: string;
  stateReasonData?: string;
  stateUpdatedAt: number;
  stateTransitionedAt: number;
  metricName?: string;
  namespace?: string;
  statistic?: Statistic;
  extendedStatistic?: string;
  dimensions: { Name: string; Value: string }[];
  period?: number;
  unit?: StandardUnit;
  evaluationPeriods: number;
  datapointsToAlarm?: number;
  threshold?: number;
  comparisonOperator: ComparisonOperator;
  treatMissingData?: string;
  evaluateLowSampleCountPercentile?: string;
  /** Metric math alarms: the queries, stored as sent. */
  metrics?: MetricDataQuery[];
  thresholdMetricId?: string;
  /** Set at creation (PutMetricAlarm ignores Tags when it updates) and by TagResource / UntagResource. */
  tags: { Key: string; Value: string }[];
  /** Bumped by every PutMetricAlarm on this name so evaluations scheduled for an older configuration stop. */
  generation: number;
}
