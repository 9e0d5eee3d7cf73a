import type { MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { OperationContext } from '../../../sandbox/operation-context';
import { validationError } from '../monitoring-errors';
import { metricBuckets } from './metric-buckets';
import { evaluateExpression, type TimeSeries } from './metric-math';
import { roundedStartTime } from './metric-request-rules';
import { statisticOf } from './metric-statistics';
import { findMetric } from './region-metrics';

/**
 * The series of a set of MetricDataQuery (GetMetricData, metric math alarms) over [start, end):
 * MetricStat queries read their metric per period, expressions combine other queries by id.
 */
export class MetricDataQueries {
  private readonly computed = new Map<string, TimeSeries>();

  constructor(
    private readonly ctx: OperationContext,
    private readonly queries: readonly MetricDataQuery[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  seriesOf(query: MetricDataQuery, stack: readonly string[] = []): TimeSeries {
    const id = query.Id ?? '';
    const known = this.computed.get(id);
    if (known) return known;
    if (stack.includes(id)) throw validationError(`Error in expression ${id}: Circular dependency between expressions`);
    const series = query.MetricStat
      ? this.seriesOfStat(query)
      : evaluateExpression(id, query.Expression ?? '', (ref) => {
          const target = this.queries.find((q) => q.Id === ref);
          return target ? this.seriesOf(target, [...stack, id]) : undefined;
        });
    this.computed.set(id, series);
    return series;
  }

  private seriesOfStat(query: MetricDataQuery): TimeSeries {
    const stat = query.MetricStat!;
    const metric = stat.Metric ?? {};
    const series = findMetric(this.ctx, metric.Namespace ?? '', metric.MetricName ?? '', metric.Dimensions ?? []);
    if (!series || (stat.Unit !== undefined && stat.Unit !== series.unit)) return new Map();
    const now = this.ctx.now.getTime();
    const period = stat.Period!;
    const buckets = metricBuckets(series, roundedStartTime(this.start, period, now), this.end, period, now);
    return new Map(buckets.map((b) => [b.at, statisticOf(b.values, stat.Stat!)]));
  }
}
