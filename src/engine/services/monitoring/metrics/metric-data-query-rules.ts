import type { MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { validationError } from '../monitoring-errors';
import { checkDimensions, isValidPeriod } from './metric-request-rules';
import { isSupportedExtendedStatistic } from './metric-statistics';

const MAX_QUERIES = 500;
const STATISTICS = new Set(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum']);
const QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/;

/** MetricDataQuery rules shared by GetMetricData and metric math alarms (API reference, MetricDataQuery). */
export function checkQueries(queries: readonly MetricDataQuery[]): void {
  if (queries.length === 0 || queries.length > MAX_QUERIES) {
    throw validationError(`1 validation error detected: Value at 'metricDataQueries' failed to satisfy constraint: Member must have length ${queries.length === 0 ? 'greater than or equal to 1' : `less than or equal to ${MAX_QUERIES}`}`);
  }
  const ids = new Set<string>();
  queries.forEach((query, index) => {
    const where = `MetricDataQueries.member.${index + 1}`;
    const id = query.Id ?? '';
    if (!QUERY_ID.test(id) || id.length > 255) {
      throw validationError(`The value ${id} for parameter ${where}.Id is not valid. It must start with a lowercase letter and contain only letters, numbers and underscores.`);
    }
    if (ids.has(id)) throw validationError(`The value ${id} for parameter ${where}.Id is not unique.`);
    ids.add(id);
    if ((query.MetricStat === undefined) === (query.Expression === undefined)) {
      throw validationError(`Exactly one of ${where}.MetricStat and ${where}.Expression must be set.`);
    }
    const stat = query.MetricStat;
    if (stat) {
      if (!STATISTICS.has(stat.Stat ?? '') && !isSupportedExtendedStatistic(stat.Stat ?? '')) {
        throw validationError(`The value ${stat.Stat} for parameter ${where}.MetricStat.Stat is not a valid statistic.`);
      }
      if (!isValidPeriod(stat.Period ?? 0)) throw validationError(`The parameter ${where}.MetricStat.Period must be 1, 5, 10, 20, 30, or a multiple of 60.`);
      checkDimensions(`${where}.MetricStat.Metric.Dimensions`, stat.Metric?.Dimensions);
    }
  });
  if (!queries.some((q) => q.ReturnData !== false)) throw validationError('At least one metric data query must have ReturnData set to true.');
}

