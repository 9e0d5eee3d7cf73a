import type { ComparisonOperator, StateValue } from '@aws-sdk/client-cloudwatch';
import { AwsError } from '../../../aws-error';
import type { TransitionContext } from '../../../sandbox/operation-context';
import type { TransitionHandler } from '../../../sandbox/service-handlers';
import { metricBuckets } from '../metrics/metric-buckets';
import { MetricDataQueries } from '../metrics/metric-data-queries';
import { statisticOf } from '../metrics/metric-statistics';
import { findMetric } from '../metrics/region-metrics';
import { changeAlarmState, reasonDataTimestamp } from './alarm-state-change';
import type { MetricAlarmRecord } from './metric-alarm-record';

export const ALARM_EVALUATION = 'monitoring.alarm.evaluate';

const COMPARISON_WORDS: Partial<Record<ComparisonOperator, string>> = {
  GreaterThanThreshold: 'greater than',
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

function breaches(operator: ComparisonOperator, value: number, threshold: number): boolean {
  switch (operator) {
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
    default:
      return false;
  }
}

/** A number as CloudWatch's Java-side reasons print it: `80.0`, `83.12`. */
function javaDouble(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** `27/11/26 12:55:00`, the datapoint time format of StateReason. */
function reasonTime(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** The first period boundary after `at` (boundaries are multiples of the period since the epoch). */
export function nextBoundary(at: number, periodSeconds: number): number {
  const periodMs = periodSeconds * 1000;
  return (Math.floor(at / periodMs) + 1) * periodMs;
}

interface Evaluation {
  readonly state: StateValue;
  /** StateReason and StateReasonData, built only when the state changes (most evaluations keep it). */
  explain(): { reason: string; reasonData?: string };
}

/** The period an alarm is evaluated on: its own, or for metric math the returned query's. */
export function alarmPeriodOf(alarm: MetricAlarmRecord): number {
  if (alarm.period !== undefined) return alarm.period;
  const queries = alarm.metrics ?? [];
  const watched = queries.find((q) => q.ReturnData !== false);
  return watched?.MetricStat?.Period ?? watched?.Period ?? queries.find((q) => q.MetricStat)?.MetricStat?.Period ?? 60;
}

interface EvaluatedPoint {
  readonly at: number;
  readonly value: number;
  readonly samples: number;
}

/** The datapoints of the periods [from, at) an alarm watches, most recent first (as the reason lists them). */
function watchedPoints(ctx: TransitionContext, alarm: MetricAlarmRecord, from: number, at: number, period: number): EvaluatedPoint[] {
  if (alarm.metrics) {
    const watched = alarm.metrics.find((q) => q.ReturnData !== false);
    if (!watched) return [];
    try {
      const series = new MetricDataQueries(ctx, alarm.metrics, from, at).seriesOf(watched);
      return [...series].map(([t, value]) => ({ at: t, value, samples: 1 })).sort((a, b) => b.at - a.at);
    } catch (error) {
      if (error instanceof AwsError) return [];
      throw error;
    }
  }
  const stat = alarm.statistic ?? alarm.extendedStatistic ?? 'Average';
  const series = findMetric(ctx, alarm.namespace ?? '', alarm.metricName ?? '', alarm.dimensions);
  const usable = series && (alarm.unit === undefined || alarm.unit === series.unit);
  const buckets = usable ? metricBuckets(series, from, at, period, at) : [];
  return buckets.map((b) => ({ at: b.at, value: statisticOf(b.values, stat), samples: b.values.length })).sort((a, b) => b.at - a.at);
}

/**
 * Evaluates an alarm at period boundary `at` as CloudWatch does: the last EvaluationPeriods
 * complete periods, each reduced to its statistic (or the metric math result); ALARM when at least
 * DatapointsToAlarm of them breach, missing periods handled per TreatMissingData (default
 * `missing`: they neither breach nor count; all missing is INSUFFICIENT_DATA). Anomaly detection
 * alarms (ThresholdMetricId) are not evaluated.
 */
export function evaluateAlarm(ctx: TransitionContext, alarm: MetricAlarmRecord, at: number): Evaluation | null {
  if (alarm.threshold === undefined) {
    return { state: 'INSUFFICIENT_DATA', explain: () => ({ reason: 'Unchecked: anomaly detection alarms are not evaluated in this sandbox' }) };
  }
  const period = alarmPeriodOf(alarm);
  const n = alarm.evaluationPeriods;
  const m = alarm.datapointsToAlarm ?? n;
  const from = at - n * period * 1000;
  const points = watchedPoints(ctx, alarm, from, at, period);
  const missing = n - points.length;
  const treat = alarm.treatMissingData ?? 'missing';
  if (points.length === 0 && (treat === 'missing' || treat === 'ignore')) {
    if (treat === 'ignore') return null;
    return { state: 'INSUFFICIENT_DATA', explain: () => ({ reason: `Insufficient Data: ${n} datapoint${n === 1 ? ' was' : 's were'} unknown.` }) };
  }
  const threshold = alarm.threshold;
  let breaching = points.filter((p) => breaches(alarm.comparisonOperator, p.value, threshold)).length;
  if (treat === 'breaching') breaching += missing;
  const state: StateValue = breaching >= m ? 'ALARM' : 'OK';
  const explain = () => {
    const words = COMPARISON_WORDS[alarm.comparisonOperator] ?? alarm.comparisonOperator;
    const listed = `[${points.map((p) => `${javaDouble(p.value)} (${reasonTime(p.at)})`).join(', ')}]`;
    const reason =
      state === 'ALARM'
        ? `Threshold Crossed: ${breaching} out of the last ${n} datapoint${n === 1 ? '' : 's'} ${listed} ${breaching === 1 ? 'was' : 'were'} ${words} the threshold (${javaDouble(threshold)}) (minimum ${m} datapoint${m === 1 ? '' : 's'} for OK -> ALARM transition).`
        : `Threshold Crossed: ${points.length} datapoint${points.length === 1 ? '' : 's'} ${listed} ${points.length === 1 ? 'was' : 'were'} not ${words} the threshold (${javaDouble(threshold)}).`;
    const reasonData = JSON.stringify({
      version: '1.0',
      queryDate: reasonDataTimestamp(at),
      startDate: reasonDataTimestamp(points.length > 0 ? points[points.length - 1].at : from),
      ...(alarm.unit ? { unit: alarm.unit } : {}),
      ...(alarm.statistic ? { statistic: alarm.statistic } : { extendedStatistic: alarm.extendedStatistic }),
      period,
      recentDatapoints: [...points].reverse().map((p) => p.value),
      threshold,
      evaluatedDatapoints: points.map((p) => ({ timestamp: reasonDataTimestamp(p.at), sampleCount: p.samples, value: p.value })),
    });
    return { reason, reasonData };
  };
  return { state, explain };
}

/** Schedules the alarm's next evaluation at its next period boundary. */
export function scheduleNextEvaluation(ctx: Pick<TransitionContext, 'schedule'>, alarm: MetricAlarmRecord, now: number): void {
  const period = alarmPeriodOf(alarm);
  ctx.schedule(nextBoundary(now, period) - now, ALARM_EVALUATION, { alarmName: alarm.alarmName, generation: alarm.generation });
}

/**
 * The scheduled evaluation of one alarm: changes its state when the evaluation disagrees with it,
 * then schedules the next one. Evaluations of a deleted or reconfigured alarm stop.
 */
export const alarmEvaluation: TransitionHandler = (ctx, payload) => {
  const { monitoring } = ctx.regionState;
  const name = String(payload.alarmName);
  const alarm = Object.hasOwn(monitoring.alarms, name) ? monitoring.alarms[name] : undefined;
  if (!alarm || alarm.generation !== payload.generation) return;
  const at = ctx.now.getTime();
  const result = evaluateAlarm(ctx, alarm, at);
  if (result && result.state !== alarm.stateValue) {
    const { reason, reasonData } = result.explain();
    changeAlarmState(monitoring, alarm, at, result.state, reason, reasonData);
  }
  scheduleNextEvaluation(ctx, alarm, at);
};
