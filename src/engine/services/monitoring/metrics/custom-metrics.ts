import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchRegionState } from '../monitoring-state';
import type { MetricSeries } from './metric-series';

/** A metric a client published with PutMetricData, with every value it sent. */
export interface CustomMetricRecord {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: { Name: string; Value: string }[];
  /** The unit of its first datum (`None` when it named none). */
  readonly unit: StandardUnit;
  /** 1 (high resolution) or 60 seconds. */
  readonly storageResolution: number;
  /** Values by the (resolution-aligned) epoch ms they were published for, in arrival order. */
  readonly samples: { at: number; values: number[] }[];
}

export function customMetricCatalog(monitoring: CloudWatchRegionState): MetricSeries[] {
  return monitoring.customMetrics.map((record) => {
    const resolutionMs = record.storageResolution * 1000;
    const byTime = new Map<number, number[]>();
    for (const sample of record.samples) byTime.set(sample.at, [...(byTime.get(sample.at) ?? []), ...sample.values]);
    return {
      namespace: record.namespace,
      metricName: record.metricName,
      dimensions: record.dimensions,
      unit: record.unit,
      since: Math.min(...record.samples.map((s) => s.at)),
      resolutionMs,
      publishDelayMs: 0,
      valuesAt: (t: number) => byTime.get(t) ?? [],
    };
  });
}
