import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import type { RegionState } from '../../../sandbox/sandbox-state';
import type { DbInstanceRecord } from '../../rds/instances/db-instance-record';
import { ClusterTimeline } from './cluster-timeline';
import { hashString } from './deterministic-noise';
import type { MetricSeries } from './metric-series';
import { instanceMetricValue, type RdsMetricName, volumeBytesUsedAt } from './rds-instance-metrics';

export const RDS_NAMESPACE = 'AWS/RDS';
const MINUTE = 60_000;

const UNITS: Readonly<Record<RdsMetricName, StandardUnit>> = {
  CPUUtilization: 'Percent',
  DatabaseConnections: 'Count',
  AuroraReplicaLag: 'Milliseconds',
  ServerlessDatabaseCapacity: 'Count',
  ACUUtilization: 'Percent',
  FreeableMemory: 'Bytes',
  VolumeBytesUsed: 'Bytes',
};

const INSTANCE_METRICS: readonly RdsMetricName[] = ['CPUUtilization', 'DatabaseConnections', 'FreeableMemory', 'AuroraReplicaLag'];
const SERVERLESS_METRICS: readonly RdsMetricName[] = ['ServerlessDatabaseCapacity', 'ACUUtilization'];

type RoleFilter = 'WRITER' | 'READER' | 'ANY';

/**
 * The AWS/RDS metrics a region's Aurora resources publish right now: per instance
 * (DBInstanceIdentifier) and per cluster (DBClusterIdentifier, and DBClusterIdentifier + Role
 * WRITER/READER, whose samples are the member instances' values). A metric exists only while its
 * resource does and once it has published (the resource became available). `only` limits the work
 * to one cluster's metrics of one name (a lookup that names its resource).
 */
export function rdsMetricCatalog(region: RegionState, seed: string, only?: { readonly cluster: string; readonly metricName: string }): MetricSeries[] {
  const { rds, monitoring } = region;
  const series: MetricSeries[] = [];
  for (const cluster of Object.values(rds.clusters)) {
    if (cluster.engineMode === 'serverless' || (only !== undefined && cluster.identifier !== only.cluster)) continue;
    const timeline = new ClusterTimeline(rds, monitoring, cluster);
    const serverless = cluster.serverlessV2Scaling !== null && timeline.members.some((i) => i.instanceClass === 'db.serverless');
    const names = (serverless ? [...INSTANCE_METRICS, ...SERVERLESS_METRICS] : INSTANCE_METRICS).filter((m) => only === undefined || m === only.metricName);
    for (const instance of timeline.members) {
      if (instance.availableAt === null) continue;
      const own = instance.instanceClass === 'db.serverless' ? names : names.filter((m) => INSTANCE_METRICS.includes(m));
      for (const metric of own) {
        // Only replicas publish AuroraReplicaLag: skip an instance that has only ever been the writer.
        if (metric === 'AuroraReplicaLag' && instance.identifier === cluster.writerIdentifier && timeline.failovers.length === 0) continue;
        const hash = hashString(`${seed}/${instance.resourceId}/${metric}`);
        series.push({
          namespace: RDS_NAMESPACE,
          metricName: metric,
          dimensions: [{ Name: 'DBInstanceIdentifier', Value: instance.identifier }],
          unit: UNITS[metric],
          since: instance.availableAt,
          resolutionMs: MINUTE,
          publishDelayMs: MINUTE,
          valuesAt: (t) => {
            const value = instanceMetricValue(timeline, instance, metric, t, hash);
            return value === null ? [] : [value];
          },
        });
      }
    }
    const publishing = timeline.members.filter((i) => i.availableAt !== null);
    if (publishing.length === 0 || cluster.availableAt === null) continue;
    const since = Math.min(...publishing.map((i) => i.availableAt ?? Infinity));
    const hasReaders = publishing.length > 1;
    const aggregate = (metric: RdsMetricName, role: RoleFilter): MetricSeries => {
      const hashes = new Map<DbInstanceRecord, number>(publishing.map((i) => [i, hashString(`${seed}/${i.resourceId}/${metric}`)]));
      return {
        namespace: RDS_NAMESPACE,
        metricName: metric,
        dimensions: role === 'ANY' ? [{ Name: 'DBClusterIdentifier', Value: cluster.identifier }] : [{ Name: 'DBClusterIdentifier', Value: cluster.identifier }, { Name: 'Role', Value: role }],
        unit: UNITS[metric],
        since,
        resolutionMs: MINUTE,
          publishDelayMs: MINUTE,
        valuesAt: (t) => {
          const writer = role === 'ANY' ? null : timeline.writerAt(t);
          const values: number[] = [];
          for (const instance of publishing) {
            if (role === 'WRITER' && instance.identifier !== writer) continue;
            if (role === 'READER' && instance.identifier === writer) continue;
            const value = instanceMetricValue(timeline, instance, metric, t, hashes.get(instance) ?? 0);
            if (value !== null) values.push(value);
          }
          return values;
        },
      };
    };
    for (const metric of names) {
      if (metric === 'AuroraReplicaLag' && !hasReaders) continue;
      series.push(aggregate(metric, 'ANY'));
      if (metric !== 'AuroraReplicaLag') series.push(aggregate(metric, 'WRITER'));
      if (hasReaders) series.push(aggregate(metric, 'READER'));
    }
    if (only !== undefined && only.metricName !== 'VolumeBytesUsed') continue;
    series.push({
      namespace: RDS_NAMESPACE,
      metricName: 'VolumeBytesUsed',
      dimensions: [{ Name: 'DBClusterIdentifier', Value: cluster.identifier }],
      unit: UNITS.VolumeBytesUsed,
      since: cluster.availableAt,
      resolutionMs: MINUTE,
          publishDelayMs: MINUTE,
      valuesAt: (t) => {
        const value = volumeBytesUsedAt(timeline, t);
        return value === null ? [] : [value];
      },
    });
  }
  return series;
}
