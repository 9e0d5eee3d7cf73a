import type { ComparisonOperator, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { AwsError } from '../../../aws-error';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkQueries } from '../metrics/metric-data-query-rules';
import { checkDimensions } from '../metrics/metric-request-rules';
import { isSupportedExtendedStatistic } from '../metrics/metric-statistics';
import { invalidParameterCombination, limitExceeded, validationError } from '../monitoring-errors';
import { checkActionArns } from './alarm-action-arns';
import { reasonDataTimestamp } from './alarm-state-change';
import { scheduleNextEvaluation } from './evaluate-alarm';
import type { MetricAlarmRecord } from './metric-alarm-record';

/** Metric alarms per Region per account (CloudWatch service quotas). */
export const MAX_ALARMS = 10_000;
/** EvaluationPeriods × Period may cover at most 7 days (PutMetricAlarm EvaluationPeriods). */
const MAX_EVALUATION_SECONDS = 604_800;
const ANOMALY_OPERATORS: ReadonlySet<ComparisonOperator> = new Set([
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
]);
const TREAT_MISSING_DATA = new Set(['breaching', 'notBreaching', 'ignore', 'missing']);

function constraint(value: unknown, member: string, rule: string): AwsError {
  return validationError(`1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${rule}`);
}

/** PutMetricAlarm's rules, in the order AWS reports them; throws before anything changes. */
function checkAlarmInput(ctx: OperationContext, input: PutMetricAlarmInput): void {
  const name = input.AlarmName ?? '';
  if (name.length < 1 || name.length > 255) throw constraint(name, 'alarmName', 'Member must have length less than or equal to 255');
  if ((input.AlarmDescription ?? '').length > 1024) throw constraint(input.AlarmDescription, 'alarmDescription', 'Member must have length less than or equal to 1024');
  // Optional in today's model (PromQL alarms use EvaluationCriteria instead), required for a metric alarm.
  if (input.EvaluationPeriods === undefined) throw validationError('EvaluationPeriods must be set for an alarm on a metric.');
  const evaluationPeriods = input.EvaluationPeriods;
  if (evaluationPeriods < 1) throw constraint(evaluationPeriods, 'evaluationPeriods', 'Member must have value greater than or equal to 1');
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm < 1) {
    throw constraint(input.DatapointsToAlarm, 'datapointsToAlarm', 'Member must have value greater than or equal to 1');
  }
  if (input.Period !== undefined && input.Period < 1) throw constraint(input.Period, 'period', 'Member must have value greater than or equal to 1');
  checkActionArns('alarmActions', input.AlarmActions, ctx.region);
  checkActionArns('oKActions', input.OKActions, ctx.region);
  checkActionArns('insufficientDataActions', input.InsufficientDataActions, ctx.region);
  checkDimensions('Dimensions', input.Dimensions);
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > evaluationPeriods) {
    throw validationError('DatapointsToAlarm must be less than or equal to EvaluationPeriods');
  }
  const usesMetrics = input.Metrics !== undefined && input.Metrics.length > 0;
  if (usesMetrics) {
    if (input.MetricName !== undefined || input.Namespace !== undefined) throw validationError('MetricName and Namespace should not be set if list of Metrics is set.');
    if (input.Statistic !== undefined || input.ExtendedStatistic !== undefined) throw validationError('Statistic should not be set if list of Metrics is set.');
    if (input.Period !== undefined) throw validationError('Period should not be set if list of Metrics is set.');
    if ((input.Dimensions ?? []).length > 0) throw validationError('Dimensions should not be set if list of Metrics is set.');
    if (input.Metrics!.filter((q) => q.ReturnData !== false).length !== 1 && input.ThresholdMetricId === undefined) {
      throw validationError('Exactly one element of the metrics list should return data.');
    }
    // Expressions are not parsed here: the sandbox's metric math is a subset, and an expression it
    // cannot evaluate leaves the alarm in INSUFFICIENT_DATA rather than refusing what AWS accepts.
    checkQueries(input.Metrics!);
  } else {
    if (input.MetricName === undefined) throw validationError('MetricName must be set if list of Metrics is not set.');
    if (input.Namespace === undefined) throw validationError('Namespace must be set if list of Metrics is not set.');
    if (input.Statistic === undefined && input.ExtendedStatistic === undefined) {
      throw validationError('Either Statistic or ExtendedStatistic must be set.');
    }
    if (input.Statistic !== undefined && input.ExtendedStatistic !== undefined) {
      throw invalidParameterCombination('Statistic and ExtendedStatistic cannot both be set.');
    }
    if (input.ExtendedStatistic !== undefined && !isSupportedExtendedStatistic(input.ExtendedStatistic)) {
      throw validationError(`The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported.`);
    }
    if (input.Period === undefined) throw validationError('Period must be set if list of Metrics is not set.');
    // Alarms on high-resolution metrics evaluate every 10, 20 or 30 seconds; otherwise whole minutes.
    if (![10, 20, 30].includes(input.Period) && input.Period % 60 !== 0) {
      throw validationError('Period must be 10, 20, 30 or a multiple of 60.');
    }
    if (input.Period * evaluationPeriods > MAX_EVALUATION_SECONDS) {
      throw validationError(`The evaluation period (Period * EvaluationPeriods) must not exceed ${MAX_EVALUATION_SECONDS} seconds.`);
    }
  }
  if (input.EvaluateLowSampleCountPercentile !== undefined) {
    if (!['evaluate', 'ignore'].includes(input.EvaluateLowSampleCountPercentile)) {
      throw validationError(`Value '${input.EvaluateLowSampleCountPercentile}' for EvaluateLowSampleCountPercentile is not valid. Valid values are: evaluate, ignore.`);
    }
    if (input.ExtendedStatistic === undefined) throw validationError('EvaluateLowSampleCountPercentile can only be set for alarms on a percentile.');
  }
  if (input.TreatMissingData !== undefined && !TREAT_MISSING_DATA.has(input.TreatMissingData)) {
    throw validationError(`Value '${input.TreatMissingData}' for TreatMissingData is not valid. Valid values are: breaching, notBreaching, ignore, missing.`);
  }
  const operator = input.ComparisonOperator!;
  if (ANOMALY_OPERATORS.has(operator)) {
    if (input.ThresholdMetricId === undefined) throw validationError(`ComparisonOperator ${operator} requires ThresholdMetricId to be set.`);
    if (input.Threshold !== undefined) throw validationError('Threshold should not be set when ThresholdMetricId is set.');
  } else {
    if (input.ThresholdMetricId !== undefined) throw validationError(`ThresholdMetricId can only be used with the comparison operators LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold and GreaterThanUpperThreshold.`);
    if (input.Threshold === undefined) throw validationError('Threshold must be set unless ThresholdMetricId is set.');
  }
  const { alarms } = ctx.regionState.monitoring;
  if (!Object.hasOwn(alarms, name) && Object.keys(alarms).length >= MAX_ALARMS) {
    throw limitExceeded(`The maximum number of alarms (${MAX_ALARMS}) for this account in this Region has been reached.`);
  }
}

/**
 * PutMetricAlarm: creates an alarm, or replaces an existing one's whole configuration (its state
 * is kept, as AWS documents). A new alarm starts in INSUFFICIENT_DATA ("Unchecked: Initial alarm
 * creation") and is evaluated at every period boundary on the virtual clock.
 */
export const putMetricAlarm = defineOperation<PutMetricAlarmInput, Record<string, never>>((ctx, input) => {
  checkAlarmInput(ctx, input);
  const { monitoring } = ctx.regionState;
  const name = input.AlarmName!;
  const now = ctx.now.getTime();
  const existing = Object.hasOwn(monitoring.alarms, name) ? monitoring.alarms[name] : undefined;
  const alarm: MetricAlarmRecord = {
    alarmName: name,
    alarmArn: `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}`,
    alarmDescription: input.AlarmDescription,
    configurationUpdatedAt: now,
    actionsEnabled: input.ActionsEnabled ?? true,
    okActions: [...(input.OKActions ?? [])],
    alarmActions: [...(input.AlarmActions ?? [])],
    insufficientDataActions: [...(input.InsufficientDataActions ?? [])],
    stateValue: existing?.stateValue ?? 'INSUFFICIENT_DATA',
    stateReason: existing?.stateReason ?? 'Unchecked: Initial alarm creation',
    stateReasonData: existing?.stateReasonData,
    stateUpdatedAt: existing?.stateUpdatedAt ?? now,
    stateTransitionedAt: existing?.stateTransitionedAt ?? now,
    metricName: input.MetricName,
    namespace: input.Namespace,
    statistic: input.Statistic,
    extendedStatistic: input.ExtendedStatistic,
    dimensions: (input.Dimensions ?? []).map((d) => ({ Name: d.Name ?? '', Value: d.Value ?? '' })),
    period: input.Period,
    unit: input.Unit,
    evaluationPeriods: input.EvaluationPeriods!,
    datapointsToAlarm: input.DatapointsToAlarm,
    threshold: input.Threshold,
    comparisonOperator: input.ComparisonOperator!,
    treatMissingData: input.TreatMissingData,
    evaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
    metrics: input.Metrics ? structuredClone(input.Metrics) : undefined,
    thresholdMetricId: input.ThresholdMetricId,
    tags: existing?.tags ?? (input.Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
    generation: (existing?.generation ?? 0) + 1,
  };
  monitoring.alarms[name] = alarm;
  monitoring.alarmHistory.push({
    alarmName: name,
    at: now,
    type: 'ConfigurationUpdate',
    summary: `Alarm "${name}" ${existing ? 'updated' : 'created'}`,
    data: JSON.stringify({
      version: '1.0',
      type: existing ? 'Update' : 'Create',
      ...(existing ? {} : { createdAlarm: { timestamp: reasonDataTimestamp(now), alarmName: name } }),
    }),
  });
  scheduleNextEvaluation(ctx, alarm, now);
  return {};
});
