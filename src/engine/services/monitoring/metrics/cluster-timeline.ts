import type { DbClusterRecord } from '../../rds/clusters/db-cluster-record';
import type { DbInstanceRecord } from '../../rds/instances/db-instance-record';
import type { RdsRegionState } from '../../rds/rds-state';
import type { CloudWatchRegionState } from '../monitoring-state';
import { ClusterLoad } from './simulated-load';

const FAILOVER_STARTED = new Set(['RDS-EVENT-0072', 'RDS-EVENT-0073']);
const FAILOVER_COMPLETED = 'RDS-EVENT-0071';
const CLUSTER_STOPPED = 'RDS-EVENT-0150';
const CLUSTER_STARTED = 'RDS-EVENT-0151';

/** A failover as the cluster's RDS events tell it: when it started and ended, and the new writer. */
export interface FailoverWindow {
  readonly startedAt: number;
  readonly completedAt: number;
  readonly newWriter: string;
}

function targetOf(message: string): string {
  return message.slice(message.lastIndexOf(':') + 1).trim();
}

/**
 * What the metrics of one cluster need to know about its history: its members, its load over time
 * and its failovers (read from the RDS events it recorded: RDS-EVENT-0072/0073 start, 0071 done).
 */
export class ClusterTimeline {
  readonly members: readonly DbInstanceRecord[];
  readonly load: ClusterLoad;
  readonly failovers: readonly FailoverWindow[];
  /** When the cluster was stopped: [stopped, started) pairs (an open stop ends at Infinity). */
  private readonly stops: readonly (readonly [number, number])[];

  constructor(rds: RdsRegionState, monitoring: CloudWatchRegionState, readonly cluster: DbClusterRecord) {
    this.members = Object.values(rds.instances).filter((i) => i.clusterIdentifier === cluster.identifier);
    this.load = new ClusterLoad(monitoring, cluster);
    const own = rds.events.filter((e) => e.sourceType === 'db-cluster' && e.sourceIdentifier === cluster.identifier && e.date >= cluster.createdAt);
    const windows: FailoverWindow[] = [];
    const stops: [number, number][] = [];
    let startedAt: number | null = null;
    for (const event of own) {
      if (event.eventId === CLUSTER_STOPPED) stops.push([event.date, Infinity]);
      else if (event.eventId === CLUSTER_STARTED && stops.length > 0 && stops[stops.length - 1][1] === Infinity) stops[stops.length - 1][1] = event.date;
      else if (FAILOVER_STARTED.has(event.eventId)) startedAt = event.date;
      else if (event.eventId === FAILOVER_COMPLETED) {
        windows.push({ startedAt: startedAt ?? event.date, completedAt: event.date, newWriter: targetOf(event.message) });
        startedAt = null;
      }
    }
    this.failovers = windows;
    this.stops = stops;
  }

  /** The instance that was the writer at `t`. */
  writerAt(t: number): string | null {
    let writer: string | null = null;
    for (const failover of this.failovers) if (failover.completedAt <= t) writer = failover.newWriter;
    if (writer !== null) return writer;
    if (this.failovers.length === 0) return this.cluster.writerIdentifier;
    // Before the first failover: the first member created other than the instance it promoted.
    const first = this.failovers[0].newWriter;
    const earlier = [...this.members].sort((a, b) => a.createdAt - b.createdAt).find((i) => i.identifier !== first);
    return earlier?.identifier ?? this.cluster.writerIdentifier;
  }

  /** Whether an instance was up and publishing metrics at `t` (available, its cluster not stopped). */
  isPublishing(instance: DbInstanceRecord, t: number): boolean {
    return instance.availableAt !== null && t >= instance.availableAt && !this.stops.some(([from, to]) => t >= from && t < to);
  }

  /** The failover the one-minute sample starting at `t` overlaps or shortly follows (within `afterMs` of its end). */
  failoverNear(t: number, afterMs: number): FailoverWindow | undefined {
    return this.failovers.find((f) => t + 60_000 > f.startedAt && t < f.completedAt + afterMs);
  }
}
