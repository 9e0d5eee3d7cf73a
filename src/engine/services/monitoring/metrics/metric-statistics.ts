import type { Datapoint, Statistic } from '@aws-sdk/client-cloudwatch';

/** `p99`, `p99.9`, `p50`: the percentile extended statistics the sandbox computes. */
const PERCENTILE = /^p(\d{1,2}(\.\d{1,2})?|100)$/;

export function isSupportedExtendedStatistic(name: string): boolean {
  const match = PERCENTILE.exec(name);
  return match !== null && Number(match[1]) <= 100;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** One statistic of a bucket's values (`Average`, `Maximum`, `p90`, ...). */
export function statisticOf(values: readonly number[], stat: string): number {
  const sorted = [...values].sort((a, b) => a - b);
  switch (stat) {
    case 'SampleCount':
      return values.length;
    case 'Sum':
      return round(values.reduce((a, b) => a + b, 0));
    case 'Average':
      return round(values.reduce((a, b) => a + b, 0) / values.length);
    case 'Minimum':
      return sorted[0];
    case 'Maximum':
      return sorted[sorted.length - 1];
    default:
      return percentile(sorted, Number(stat.slice(1)));
  }
}

/** A GetMetricStatistics datapoint for one bucket. */
export function datapointOf(timestamp: number, values: readonly number[], statistics: readonly Statistic[], extended: readonly string[], unit: Datapoint['Unit']): Datapoint {
  const point: Datapoint = { Timestamp: new Date(timestamp) };
  for (const stat of statistics) point[stat] = statisticOf(values, stat);
  if (extended.length > 0) point.ExtendedStatistics = Object.fromEntries(extended.map((e) => [e, statisticOf(values, e)]));
  point.Unit = unit;
  return point;
}
