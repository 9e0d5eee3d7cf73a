import type { ServerlessV2ScalingRecord } from '../../rds/clusters/db-cluster-record';
import type { DbInstanceRecord } from '../../rds/instances/db-instance-record';
import type { ClusterTimeline } from './cluster-timeline';
import { noiseAt } from './deterministic-noise';
import { BYTES_PER_ACU, instanceClassMemoryBytes } from './instance-class-memory';

/** The AWS/RDS metrics the sandbox simulates. */
export type RdsMetricName =
  | 'CPUUtilization'
  | 'DatabaseConnections'
  | 'AuroraReplicaLag'
  | 'ServerlessDatabaseCapacity'
  | 'ACUUtilization'
  | 'FreeableMemory'
  | 'VolumeBytesUsed';

const MINUTE = 60_000;
/** How long connections take to come back, and replica lag to settle, after a failover. */
const RECOVERY_MS = 5 * MINUTE;

/** Reader capacity follows the writer for promotion tiers 0 and 1 (Aurora Serverless v2 docs). */
function followsWriter(instance: DbInstanceRecord): boolean {
  return instance.promotionTier <= 1;
}

/** Serverless v2 capacity for a load percent: min..max, rounded up to the 0.5 ACU step. */
export function capacityFor(scaling: ServerlessV2ScalingRecord, percent: number): number {
  const raw = scaling.minCapacity + ((scaling.maxCapacity - scaling.minCapacity) * percent) / 100;
  return Math.min(scaling.maxCapacity, Math.max(scaling.minCapacity, Math.ceil(raw * 2) / 2));
}

/**
 * One instance's simulated value of a metric for the one-minute sample starting at `t`, or null
 * when the instance does not publish that metric then (not up yet, a writer's replica lag, a
 * provisioned instance's ACUs). A pure function of the cluster's timeline, `t` and a noise seed.
 */
export function instanceMetricValue(timeline: ClusterTimeline, instance: DbInstanceRecord, metric: RdsMetricName, t: number, seriesHash: number): number | null {
  if (!timeline.isPublishing(instance, t)) return null;
  const isWriter = timeline.writerAt(t) === instance.identifier;
  const clusterLoad = timeline.load.at(t);
  const load = isWriter ? clusterLoad : clusterLoad * 0.4;
  const noise = noiseAt(seriesHash, t);
  const scaling = timeline.cluster.serverlessV2Scaling;
  const serverless = instance.instanceClass === 'db.serverless' && scaling !== null;
  const capacity = serverless ? capacityFor(scaling, isWriter || followsWriter(instance) ? clusterLoad : load) : 0;
  const failover = timeline.failoverNear(t, RECOVERY_MS);
  switch (metric) {
    case 'CPUUtilization':
      return round2(Math.min(100, (isWriter ? 3 : 2) + load * 0.85 + noise * 3 + (failover && t < failover.completedAt + 2 * MINUTE ? 12 : 0)));
    case 'DatabaseConnections': {
      const steady = isWriter ? 3 + load * 2 + noise * 3 : 1 + load * 0.8 + noise * 2;
      if (!failover) return Math.round(steady);
      // Every connection drops while the failover runs, then clients reconnect over a few minutes.
      if (t < failover.completedAt) return 0;
      return Math.round(steady * Math.min(1, (t - failover.completedAt) / RECOVERY_MS));
    }
    case 'AuroraReplicaLag': {
      if (isWriter) return null;
      const steady = 10 + noise * 15 + load * 0.3;
      if (!failover) return round2(steady);
      const sinceEnd = Math.max(0, t - failover.completedAt);
      return round2(steady + 2500 * Math.max(0, 1 - sinceEnd / RECOVERY_MS) + noise * 400);
    }
    case 'ServerlessDatabaseCapacity':
      return serverless ? capacity : null;
    case 'ACUUtilization':
      return serverless ? round2((capacity / scaling.maxCapacity) * 100) : null;
    case 'FreeableMemory': {
      const memory = serverless ? capacity * BYTES_PER_ACU : instanceClassMemoryBytes(instance.instanceClass);
      return Math.round(memory * (0.72 - 0.3 * (load / 100) - 0.02 * noise));
    }
    case 'VolumeBytesUsed':
      return null;
  }
}

/** The cluster volume's used bytes at `t`: a small base that grows with the work done on it. */
export function volumeBytesUsedAt(timeline: ClusterTimeline, t: number): number | null {
  const since = timeline.cluster.availableAt;
  if (since === null || t < since) return null;
  const mib = 1024 ** 2;
  const idleHours = (t - since) / 3_600_000;
  return Math.round(256 * mib + idleHours * 2 * mib + timeline.load.percentHours(since, t) * 20 * mib);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
