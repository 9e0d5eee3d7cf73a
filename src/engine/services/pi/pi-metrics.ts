import { hashString, noiseAt } from '../monitoring/metrics/deterministic-noise';
import { instanceClassVcpus } from '../monitoring/metrics/instance-class-memory';
import { capacityFor, instanceMetricValue } from '../monitoring/metrics/rds-instance-metrics';
import type { AuroraEngine } from '../rds/catalog/aurora-engines';
import { invalidArgument } from './pi-errors';
import type { PiResource } from './pi-resource';

/** How a Performance Insights metric's per-second values are reduced over a period. */
export type PiStatistic = 'avg' | 'min' | 'max' | 'sum';

/** A parsed metric name: `db.load.avg` is base `db.load`, statistic `avg`. */
export interface PiMetric {
  readonly name: string;
  readonly base: string;
  readonly statistic: PiStatistic;
}

/** Per-minute value of a counter, from the load percent, the AAS and the instance's role. */
type Counter = (load: number, aas: number, isWriter: boolean, resource: PiResource, t: number) => number;

const OS_COUNTERS: Readonly<Record<string, Counter>> = {
  'os.cpuUtilization.user': (load) => 2 + load * 0.62,
  'os.cpuUtilization.system': (load) => 1 + load * 0.14,
  'os.cpuUtilization.wait': (load) => 0.2 + load * 0.04,
  'os.cpuUtilization.idle': (load) => Math.max(0, 96.8 - load * 0.8),
  'os.cpuUtilization.total': (load) => Math.min(100, 3.2 + load * 0.8),
  'os.loadAverageMinute.one': (_load, aas) => aas * 1.1,
  'os.loadAverageMinute.five': (_load, aas) => aas,
  'os.loadAverageMinute.fifteen': (_load, aas) => aas * 0.95,
  'os.memory.total': (_load, _aas, _w, resource) => memoryKb(resource),
  'os.memory.free': (load, _aas, _w, resource) => memoryKb(resource) * (0.7 - 0.3 * (load / 100)),
};

const ENGINE_COUNTERS: Readonly<Record<AuroraEngine, Readonly<Record<string, Counter>>>> = {
  'aurora-mysql': {
    'db.SQL.Innodb_rows_read': (load) => 50 + load * 420,
    'db.SQL.Innodb_rows_inserted': (load, _aas, isWriter) => (isWriter ? 2 + load * 15 : 0),
    'db.SQL.Innodb_rows_updated': (load, _aas, isWriter) => (isWriter ? 1 + load * 9 : 0),
    'db.SQL.Questions': (load) => 10 + load * 55,
    'db.SQL.Com_select': (load) => 8 + load * 38,
    'db.SQL.Queries': (load) => 11 + load * 57,
    'db.Users.Threads_running': (_load, aas) => aas,
    'db.Users.Threads_connected': (_load, _aas, _w, resource, t) => connections(resource, t),
    'db.Cache.innoDB_buffer_pool_hit_rate': (load) => 99.9 - load * 0.02,
    'db.Transactions.active_transactions': (_load, aas) => aas * 0.6,
  },
  'aurora-postgresql': {
    'db.Transactions.xact_commit': (load, _aas, isWriter) => (isWriter ? 5 + load * 30 : 0),
    'db.Transactions.xact_rollback': (load, _aas, isWriter) => (isWriter ? load * 0.2 : 0),
    'db.SQL.tup_fetched': (load) => 100 + load * 600,
    'db.SQL.tup_returned': (load) => 200 + load * 1200,
    'db.SQL.tup_inserted': (load, _aas, isWriter) => (isWriter ? 2 + load * 14 : 0),
    'db.User.numbackends': (_load, _aas, _w, resource, t) => connections(resource, t),
    'db.IO.blks_read': (load) => 1 + load * 5,
    'db.Cache.blks_hit': (load) => 500 + load * 3000,
    'db.Concurrency.deadlocks': () => 0,
  },
};

function memoryKb(resource: PiResource): number {
  return resource.instance.instanceClass === 'db.serverless' ? 16 * 1024 * 1024 : instanceClassVcpus(resource.instance.instanceClass) * 8 * 1024 * 1024;
}

function connections(resource: PiResource, t: number): number {
  return instanceMetricValue(resource.timeline, resource.instance, 'DatabaseConnections', t, hashString(`${resource.instance.resourceId}/connections`)) ?? 0;
}

/** Parses `<base>.<statistic>` and checks the base exists for the instance's engine. */
export function parsePiMetric(name: string, engine: AuroraEngine): PiMetric {
  const match = /^(.+)\.(avg|min|max|sum)$/.exec(name);
  const base = match?.[1] ?? '';
  const known = base === 'db.load' || base === 'db.sampledload' || Object.hasOwn(OS_COUNTERS, base) || Object.hasOwn(ENGINE_COUNTERS[engine], base);
  if (!match || !known) throw invalidArgument(`This metric is not a known metric: ${name} is not valid for current resource`);
  return { name, base, statistic: match[2] as PiStatistic };
}

/**
 * Average active sessions of the instance in the minute starting at `t` (null while it was not
 * up): the cluster's simulated load scaled by the instance's vCPUs, lighter on readers, and
 * nothing while a failover drops its sessions.
 */
export function activeSessionsAt(resource: PiResource, t: number): number | null {
  const { instance, timeline } = resource;
  if (!timeline.isPublishing(instance, t)) return null;
  const isWriter = timeline.writerAt(t) === instance.identifier;
  const load = timeline.load.at(t) * (isWriter ? 1 : 0.4);
  const failover = timeline.failoverNear(t, 0);
  if (failover && t < failover.completedAt) return 0;
  const scaling = timeline.cluster.serverlessV2Scaling;
  const vcpus = instance.instanceClass === 'db.serverless' && scaling ? Math.max(0.25, capacityFor(scaling, load) / 4) : instanceClassVcpus(instance.instanceClass);
  const noise = noiseAt(hashString(`${instance.resourceId}/db.load`), t);
  return Math.round((0.04 + vcpus * 1.1 * (load / 100) + noise * 0.06) * 1000) / 1000;
}

/** The per-minute value of any metric base for the instance, or null while it was not up. */
export function piValueAt(resource: PiResource, base: string, t: number): number | null {
  const aas = activeSessionsAt(resource, t);
  if (aas === null) return null;
  if (base === 'db.load' || base === 'db.sampledload') return aas;
  const { timeline, instance } = resource;
  const isWriter = timeline.writerAt(t) === instance.identifier;
  const load = timeline.load.at(t) * (isWriter ? 1 : 0.4);
  const counter = OS_COUNTERS[base] ?? ENGINE_COUNTERS[instance.engine][base];
  const noise = noiseAt(hashString(`${instance.resourceId}/${base}`), t);
  return Math.round(counter(load, aas, isWriter, resource, t) * (0.95 + noise * 0.1) * 1000) / 1000;
}

/** The metric bases of a type (`os` or `db`) the instance's engine offers, db.load first. */
export function metricBasesOf(engine: AuroraEngine, type: string): string[] {
  if (type === 'os') return Object.keys(OS_COUNTERS);
  if (type === 'db') return ['db.load', 'db.sampledload', ...Object.keys(ENGINE_COUNTERS[engine])];
  return [];
}
