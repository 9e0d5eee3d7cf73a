import type { Dimension, StandardUnit } from '@aws-sdk/client-cloudwatch';

/** One CloudWatch metric (namespace, name and exact dimension set) and how to read its samples. */
export interface MetricSeries {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: readonly Required<Dimension>[];
  readonly unit: StandardUnit;
  /** Virtual epoch ms of its first possible sample. */
  readonly since: number;
  /** Resolution of its samples in ms (60 000 for AWS/RDS). */
  readonly resolutionMs: number;
  /** How long after its start a sample becomes readable (a whole minute for AWS/RDS; 0 for PutMetricData). */
  readonly publishDelayMs: number;
  /** The values published in the sample starting at `t` (one per instance an aggregate covers). */
  valuesAt(t: number): number[];
}

/** Whether a request's dimensions name exactly this series' dimension set (CloudWatch matches exactly). */
export function hasExactDimensions(series: MetricSeries, dimensions: readonly Dimension[]): boolean {
  if (dimensions.length !== series.dimensions.length) return false;
  return dimensions.every((d) => series.dimensions.some((own) => own.Name === d.Name && own.Value === d.Value));
}
