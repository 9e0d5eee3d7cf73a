import type { Dimension } from '@aws-sdk/client-cloudwatch';
import type { OperationContext } from '../../../sandbox/operation-context';
import { customMetricCatalog } from './custom-metrics';
import { hasExactDimensions, type MetricSeries } from './metric-series';
import { RDS_NAMESPACE, rdsMetricCatalog } from './rds-metric-catalog';

/** Every metric the request's region has now: the simulated AWS/RDS ones and those put by PutMetricData. */
export function regionMetrics(ctx: OperationContext): MetricSeries[] {
  return [...rdsMetricCatalog(ctx.regionState, ctx.state.identity.seed), ...customMetricCatalog(ctx.regionState.monitoring)];
}

/** The metric a namespace, name and exact dimension set name, if it exists. */
export function findMetric(ctx: OperationContext, namespace: string, metricName: string, dimensions: readonly Dimension[]): MetricSeries | undefined {
  const matches = (s: MetricSeries) => s.namespace === namespace && s.metricName === metricName && hasExactDimensions(s, dimensions);
  if (namespace !== RDS_NAMESPACE) return customMetricCatalog(ctx.regionState.monitoring).find(matches);
  // Only the cluster the dimensions name is simulated (alarm evaluations call this every period).
  const { rds } = ctx.regionState;
  const named = (name: string) => dimensions.find((d) => d.Name === name)?.Value;
  const instance = named('DBInstanceIdentifier');
  const cluster = named('DBClusterIdentifier') ?? (instance !== undefined && Object.hasOwn(rds.instances, instance) ? rds.instances[instance].clusterIdentifier : undefined);
  if (cluster === undefined) return undefined;
  return rdsMetricCatalog(ctx.regionState, ctx.state.identity.seed, { cluster, metricName }).find(matches);
}
