import type { ListMetricsInput, ListMetricsOutput, Metric } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { validationError } from '../monitoring-errors';
import { pageByToken } from '../monitoring-pagination';
import { metricBuckets } from './metric-buckets';
import { regionMetrics } from './region-metrics';

/** ListMetrics returns up to 500 metrics per call (API reference). */
const PAGE_SIZE = 500;
const RECENTLY_ACTIVE_MS = 3 * 3_600_000;

/**
 * ListMetrics: the region's metrics, filtered by namespace, name and dimension filters (a metric
 * matches when it has every filtered dimension, with the value when one is given); RecentlyActive
 * PT3H keeps those with a sample in the last three hours.
 */
export const listMetrics = defineOperation<ListMetricsInput, ListMetricsOutput>((ctx, input) => {
  const filters = input.Dimensions ?? [];
  if (filters.length > 10) {
    throw validationError(`1 validation error detected: Value at 'dimensions' failed to satisfy constraint: Member must have length less than or equal to 10`);
  }
  const now = ctx.now.getTime();
  const metrics: Metric[] = regionMetrics(ctx)
    .filter((s) => input.Namespace === undefined || s.namespace === input.Namespace)
    .filter((s) => input.MetricName === undefined || s.metricName === input.MetricName)
    .filter((s) => filters.every((f) => s.dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value))))
    .filter((s) => s.since <= now)
    .filter((s) => input.RecentlyActive === undefined || metricBuckets(s, now - RECENTLY_ACTIVE_MS, now, RECENTLY_ACTIVE_MS / 1000, now).length > 0)
    .map((s) => ({ Namespace: s.namespace, MetricName: s.metricName, Dimensions: s.dimensions.map((d) => ({ ...d })) }));
  const { page, nextToken } = pageByToken(metrics, PAGE_SIZE, input.NextToken);
  return { Metrics: page, ...(nextToken ? { NextToken: nextToken } : {}) };
});
