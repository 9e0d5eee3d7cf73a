import type { DataPoint, GetResourceMetricsRequest, GetResourceMetricsResponse, MetricKeyDataPoints } from '@aws-sdk/client-pi';
import { defineOperation } from '../../sandbox/service-handlers';
import { PiDimensionSplit } from './pi-dimension-shares';
import { invalidArgument } from './pi-errors';
import { parsePiMetric, piValueAt, type PiStatistic } from './pi-metrics';
import { sampleTimes, piWindow } from './pi-periods';
import { piResourceOf } from './pi-resource';

const MAX_QUERIES = 15;

function reduce(values: readonly number[], statistic: PiStatistic, periodSeconds: number): number {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  switch (statistic) {
    case 'min':
      return round(Math.min(...values));
    case 'max':
      return round(Math.max(...values));
    case 'sum':
      return round((values.reduce((a, b) => a + b, 0) / values.length) * periodSeconds);
    case 'avg':
      return round(values.reduce((a, b) => a + b, 0) / values.length);
  }
}

/**
 * GetResourceMetrics: Performance Insights time series for one instance (named by its
 * DbiResourceId): db.load / db.sampledload, OS and engine counters, optionally split by a
 * dimension group (the total first, then one series per top key). Periods are aligned; each data
 * point is stamped with its period's end (PeriodAlignment END_TIME, the default) or start.
 */
export const getResourceMetrics = defineOperation<GetResourceMetricsRequest, GetResourceMetricsResponse>((ctx, input) => {
  const queries = input.MetricQueries ?? [];
  if (queries.length < 1 || queries.length > MAX_QUERIES) throw invalidArgument(`MetricQueries must contain between 1 and ${MAX_QUERIES} queries.`);
  if (input.MaxResults !== undefined && (input.MaxResults < 0 || input.MaxResults > 25)) throw invalidArgument('MaxResults must be between 0 and 25.');
  const resource = piResourceOf(ctx, input.ServiceType!, input.Identifier!);
  const window = piWindow(input.StartTime!.getTime(), input.EndTime!.getTime(), input.PeriodInSeconds);
  const now = ctx.now.getTime();
  const periodMs = window.periodSeconds * 1000;
  const stampAtEnd = input.PeriodAlignment !== 'START_TIME';
  const prepared = queries.map((query) => {
    const metric = parsePiMetric(query.Metric ?? '', resource.instance.engine);
    if (query.GroupBy && metric.base !== 'db.load' && metric.base !== 'db.sampledload') {
      throw invalidArgument(`GroupBy is only supported for the db.load and db.sampledload metrics, not ${metric.name}.`);
    }
    return { query, metric, split: query.GroupBy ? new PiDimensionSplit(resource, query.GroupBy, query.Filter) : undefined };
  });
  const metricList: MetricKeyDataPoints[] = [];
  for (const { query, metric, split } of prepared) {
    const total: DataPoint[] = [];
    const perKey: DataPoint[][] = split ? split.keys.map(() => []) : [];
    for (let start = window.alignedStart; start < window.alignedEnd; start += periodMs) {
      const times = sampleTimes(start, window.periodSeconds).filter((t) => t + 60_000 <= now || window.periodSeconds < 60);
      const samples = times.map((t) => ({ t, value: piValueAt(resource, metric.base, t) })).filter((s): s is { t: number; value: number } => s.value !== null && s.t <= now);
      if (samples.length === 0) continue;
      const timestamp = new Date(stampAtEnd ? start + periodMs : start);
      if (split) {
        const shares = samples.map((s) => split.sharesAt(s.t));
        perKey.forEach((points, k) => points.push({ Timestamp: timestamp, Value: reduce(samples.map((s, i) => s.value * shares[i][k]), metric.statistic, window.periodSeconds) }));
        const filteredTotal = query.Filter ? samples.map((s, i) => s.value * shares[i].reduce((a, b) => a + b, 0)) : samples.map((s) => s.value);
        total.push({ Timestamp: timestamp, Value: reduce(filteredTotal, metric.statistic, window.periodSeconds) });
      } else {
        total.push({ Timestamp: timestamp, Value: reduce(samples.map((s) => s.value), metric.statistic, window.periodSeconds) });
      }
    }
    metricList.push({ Key: { Metric: metric.name }, DataPoints: total });
    if (split && query.GroupBy) {
      split.keys.forEach((key, k) => metricList.push({ Key: { Metric: metric.name, Dimensions: PiDimensionSplit.shown(key, query.GroupBy!) }, DataPoints: perKey[k] }));
    }
  }
  return {
    AlignedStartTime: new Date(window.alignedStart),
    AlignedEndTime: new Date(window.alignedEnd),
    Identifier: input.Identifier,
    MetricList: metricList,
  };
});
