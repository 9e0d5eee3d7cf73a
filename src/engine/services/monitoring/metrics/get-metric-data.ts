import type { GetMetricDataInput, GetMetricDataOutput, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { pageByToken } from '../monitoring-pagination';
import { MetricDataQueries } from './metric-data-queries';
import { checkQueries } from './metric-data-query-rules';
import { checkTimeRange } from './metric-request-rules';

const MAX_QUERIES = 500;

/**
 * GetMetricData: MetricStat queries and simple metric math (`m1 / m2 * 100`), each result's
 * timestamps newest first unless ScanBy is TimestampAscending, StatusCode Complete.
 */
export const getMetricData = defineOperation<GetMetricDataInput, GetMetricDataOutput>((ctx, input) => {
  const queries = input.MetricDataQueries ?? [];
  checkQueries(queries);
  const start = input.StartTime!.getTime();
  const end = input.EndTime!.getTime();
  checkTimeRange(start, end);
  const computed = new MetricDataQueries(ctx, queries, start, end);
  const descending = input.ScanBy !== 'TimestampAscending';
  const results: MetricDataResult[] = queries
    .filter((q) => q.ReturnData !== false)
    .map((query) => {
      const points = [...computed.seriesOf(query)].sort((a, b) => (descending ? b[0] - a[0] : a[0] - b[0]));
      return {
        Id: query.Id,
        Label: query.Label ?? query.MetricStat?.Metric?.MetricName ?? query.Id,
        Timestamps: points.map(([t]) => new Date(t)),
        Values: points.map(([, v]) => v),
        StatusCode: 'Complete',
        Messages: [],
      };
    });
  const { page, nextToken } = pageByToken(results, MAX_QUERIES, input.NextToken);
  return { MetricDataResults: page, Messages: [], ...(nextToken ? { NextToken: nextToken } : {}) };
});
