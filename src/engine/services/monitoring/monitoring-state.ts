import type { MetricAlarmRecord } from './alarms/metric-alarm-record';
import type { AlarmHistoryRecord } from './alarms/alarm-history-record';
import type { CustomMetricRecord } from './metrics/custom-metrics';
import type { SimulatedLoadChange } from './metrics/simulated-load';

/**
 * One region's CloudWatch state: alarms and their history, and when a lab changed a cluster's
 * simulated load. The AWS/RDS metrics themselves are not stored: they are computed on demand from
 * the RDS state and these records (metrics/rds-metric-samples.ts).
 */
export interface CloudWatchRegionState {
  /** Metric alarms by name (names are case-sensitive in CloudWatch), in creation order. */
  readonly alarms: Record<string, MetricAlarmRecord>;
  /** Append-only alarm history (DescribeAlarmHistory). */
  readonly alarmHistory: AlarmHistoryRecord[];
  /** Every change of a cluster's `aurora-lab:load` tag, in time order. */
  readonly loadChanges: SimulatedLoadChange[];
  /** Metrics published with PutMetricData (custom namespaces). */
  readonly customMetrics: CustomMetricRecord[];
}

export function createCloudWatchRegionState(): CloudWatchRegionState {
  return { alarms: {}, alarmHistory: [], loadChanges: [], customMetrics: [] };
}
