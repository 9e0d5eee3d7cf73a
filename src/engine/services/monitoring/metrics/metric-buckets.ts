import type { MetricSeries } from './metric-series';

/** One period's worth of samples. */
export interface MetricBucket {
  /** Start of the period (epoch ms). */
  readonly at: number;
  readonly values: number[];
}

/** Past this period, samples are read every 5 minutes (what CloudWatch keeps after 15 days anyway). */
const COARSE_PERIOD_SECONDS = 3600;

/**
 * The samples of `series` in each period of [start, end), periods starting at `start`. Only samples
 * already published at `now` count (a one-minute sample is published when its minute ends); empty
 * periods are left out.
 */
export function metricBuckets(series: MetricSeries, start: number, end: number, periodSeconds: number, now: number): MetricBucket[] {
  const periodMs = periodSeconds * 1000;
  const step = periodSeconds > COARSE_PERIOD_SECONDS ? series.resolutionMs * 5 : series.resolutionMs;
  const buckets: MetricBucket[] = [];
  const last = Math.min(end, now - series.publishDelayMs + 1);
  const firstSample = Math.ceil(Math.max(start, series.since) / series.resolutionMs) * series.resolutionMs;
  if (firstSample >= last) return buckets;
  let bucketStart = start + Math.floor((firstSample - start) / periodMs) * periodMs;
  for (; bucketStart < last; bucketStart += periodMs) {
    const bucketEnd = Math.min(bucketStart + periodMs, last);
    const values: number[] = [];
    let t = Math.ceil(Math.max(bucketStart, firstSample) / series.resolutionMs) * series.resolutionMs;
    for (; t < bucketEnd; t += step) values.push(...series.valuesAt(t));
    if (values.length > 0) buckets.push({ at: bucketStart, values });
  }
  return buckets;
}
