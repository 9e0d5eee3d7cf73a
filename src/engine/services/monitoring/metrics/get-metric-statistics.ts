import type { Datapoint, GetMetricStatisticsInput, GetMetricStatisticsOutput } from '@aws-sdk/client-cloudwatch';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination, invalidParameterValue } from '../monitoring-errors';
import { hashString } from './deterministic-noise';
import { metricBuckets } from './metric-buckets';
import { checkDimensions, checkPeriod, checkTimeRange, roundedStartTime } from './metric-request-rules';
import { datapointOf, isSupportedExtendedStatistic } from './metric-statistics';
import { findMetric } from './region-metrics';

/** GetMetricStatistics returns at most this many datapoints (API reference). */
const MAX_DATAPOINTS = 1440;

function checkStatistics(input: GetMetricStatisticsInput): void {
  const statistics = input.Statistics ?? [];
  const extended = input.ExtendedStatistics ?? [];
  if (statistics.length === 0 && extended.length === 0) {
    throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics.');
  }
  if (statistics.length > 0 && extended.length > 0) {
    throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics, but not both.');
  }
  if (statistics.length > 5) throw invalidParameterValue('The collection Statistics must not have a size greater than 5.');
  if (extended.length > 10) throw invalidParameterValue('The collection ExtendedStatistics must not have a size greater than 10.');
  for (const stat of extended) {
    if (!isSupportedExtendedStatistic(stat)) throw invalidParameterValue(`The value ${stat} for parameter ExtendedStatistics is not supported.`);
  }
}

/**
 * GetMetricStatistics: one metric's statistics per period. Datapoints come back in no particular
 * order, as at AWS ("Data points are not returned in chronological order").
 */
export const getMetricStatistics = defineOperation<GetMetricStatisticsInput, GetMetricStatisticsOutput>((ctx: OperationContext, input) => {
  const start = input.StartTime!.getTime();
  const end = input.EndTime!.getTime();
  const period = input.Period!;
  checkDimensions('Dimensions', input.Dimensions);
  checkStatistics(input);
  checkPeriod('Period', period);
  checkTimeRange(start, end);
  const requested = Math.ceil((end - start) / (period * 1000));
  if (requested > MAX_DATAPOINTS) {
    throw invalidParameterCombination(
      `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
    );
  }
  const label = input.MetricName!;
  const series = findMetric(ctx, input.Namespace!, input.MetricName!, input.Dimensions ?? []);
  if (!series || (input.Unit !== undefined && input.Unit !== series.unit)) return { Label: label, Datapoints: [] };
  const from = roundedStartTime(start, period, ctx.now.getTime());
  const datapoints: Datapoint[] = metricBuckets(series, from, end, period, ctx.now.getTime()).map((bucket) =>
    datapointOf(bucket.at, bucket.values, input.Statistics ?? [], input.ExtendedStatistics ?? [], series.unit),
  );
  const order = (point: Datapoint) => hashString(String(point.Timestamp?.getTime()));
  return { Label: label, Datapoints: datapoints.sort((a, b) => order(a) - order(b)) };
});
