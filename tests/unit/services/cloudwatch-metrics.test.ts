import type { Datapoint, GetMetricDataOutput, GetMetricStatisticsOutput, ListMetricsOutput } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, REGION, START, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

const HOUR = 60 * MINUTE;
const CLUSTER_ARN = `arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:aurora-prod`;

function stats(h: Harness, metric: string, dimensions: { Name: string; Value: string }[], from: number, to: number, period = 60, statistics = ['Average', 'Maximum', 'Minimum', 'SampleCount']) {
  return h.call<GetMetricStatisticsOutput>('monitoring', 'GetMetricStatistics', {
    Namespace: 'AWS/RDS',
    MetricName: metric,
    Dimensions: dimensions,
    StartTime: new Date(from),
    EndTime: new Date(to),
    Period: period,
    Statistics: statistics,
  });
}

function byTime(points: readonly Datapoint[]): Datapoint[] {
  return [...points].sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime());
}

/** A provisioned cluster with a writer and one reader, available and running for an hour. */
function provisionedCluster(h: Harness) {
  createCluster(h);
  createInstance(h, { DBInstanceIdentifier: 'writer', PromotionTier: 0 });
  createInstance(h, { DBInstanceIdentifier: 'reader', DBInstanceClass: 'db.r5.large', PromotionTier: 1 });
  h.advance(HOUR);
}

const cluster = (role?: 'WRITER' | 'READER') => [{ Name: 'DBClusterIdentifier', Value: 'aurora-prod' }, ...(role ? [{ Name: 'Role', Value: role }] : [])];

describe('simulated AWS/RDS metrics', () => {
  it('lists per-instance and per-cluster metrics only for resources that exist and have published', () => {
    const h = new Harness();
    expect(h.call<ListMetricsOutput>('monitoring', 'ListMetrics', { Namespace: 'AWS/RDS' }).Metrics).toEqual([]);
    provisionedCluster(h);
    const metrics = h.call<ListMetricsOutput>('monitoring', 'ListMetrics', { Namespace: 'AWS/RDS' }).Metrics!;
    const names = (dims: { Name: string; Value: string }[]) =>
      metrics.filter((m) => JSON.stringify(m.Dimensions) === JSON.stringify(dims)).map((m) => m.MetricName).sort();
    expect(names([{ Name: 'DBInstanceIdentifier', Value: 'writer' }])).toEqual(['CPUUtilization', 'DatabaseConnections', 'FreeableMemory']);
    expect(names([{ Name: 'DBInstanceIdentifier', Value: 'reader' }])).toEqual(['AuroraReplicaLag', 'CPUUtilization', 'DatabaseConnections', 'FreeableMemory']);
    expect(names(cluster())).toEqual(['AuroraReplicaLag', 'CPUUtilization', 'DatabaseConnections', 'FreeableMemory', 'VolumeBytesUsed']);
    expect(names(cluster('WRITER'))).toEqual(['CPUUtilization', 'DatabaseConnections', 'FreeableMemory']);
    expect(names(cluster('READER'))).toEqual(['AuroraReplicaLag', 'CPUUtilization', 'DatabaseConnections', 'FreeableMemory']);
    const filtered = h.call<ListMetricsOutput>('monitoring', 'ListMetrics', { MetricName: 'CPUUtilization', Dimensions: [{ Name: 'Role' }] }).Metrics!;
    expect(filtered).toHaveLength(2);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'reader' });
    h.advance(10 * MINUTE);
    const after = h.call<ListMetricsOutput>('monitoring', 'ListMetrics', { Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'reader' }] }).Metrics!;
    expect(after).toEqual([]);
  });

  it('GetMetricStatistics: one datapoint per minute once available, plausible values, memory from the instance class', () => {
    const h = new Harness();
    provisionedCluster(h);
    const from = START;
    const to = h.now;
    const cpu = stats(h, 'CPUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], from, to);
    expect(cpu.Label).toBe('CPUUtilization');
    expect(cpu.Datapoints!.length).toBeGreaterThan(40);
    expect(cpu.Datapoints!.length).toBeLessThanOrEqual(60);
    for (const point of cpu.Datapoints!) {
      expect(point.Unit).toBe('Percent');
      expect(point.SampleCount).toBe(1);
      expect(point.Average).toBeGreaterThan(0);
      expect(point.Average).toBeLessThan(10);
    }
    const memory = stats(h, 'FreeableMemory', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], from, to, 300, ['Maximum']);
    const gib = 1024 ** 3;
    for (const point of memory.Datapoints!) expect(point.Maximum! / gib).toBeGreaterThan(30); // db.r5.2xlarge: 64 GiB
    const readerMemory = stats(h, 'FreeableMemory', [{ Name: 'DBInstanceIdentifier', Value: 'reader' }], from, to, 300, ['Maximum']);
    for (const point of readerMemory.Datapoints!) expect(point.Maximum! / gib).toBeLessThan(16); // db.r5.large: 16 GiB
    // Cluster-level series aggregate the members: two samples per minute.
    const clusterCpu = stats(h, 'CPUUtilization', cluster(), to - 10 * MINUTE, to);
    expect(clusterCpu.Datapoints!.every((p) => p.SampleCount === 2)).toBe(true);
    // Same state and time, same answer.
    expect(stats(h, 'CPUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], from, to)).toEqual(cpu);
  });

  it('GetMetricStatistics: exact dimension match, unknown metrics and other units give no datapoints', () => {
    const h = new Harness();
    provisionedCluster(h);
    expect(stats(h, 'CPUUtilization', [{ Name: 'DBClusterIdentifier', Value: 'nope' }], START, h.now).Datapoints).toEqual([]);
    expect(stats(h, 'CPUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }, { Name: 'Role', Value: 'WRITER' }], START, h.now).Datapoints).toEqual([]);
    const withUnit = h.call<GetMetricStatisticsOutput>('monitoring', 'GetMetricStatistics', {
      Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: cluster(), StartTime: new Date(START), EndTime: new Date(h.now), Period: 300, Statistics: ['Average'], Unit: 'Bytes',
    });
    expect(withUnit.Datapoints).toEqual([]);
  });

  it('GetMetricStatistics: percentiles, the 1,440-datapoint limit and parameter errors', () => {
    const h = new Harness();
    provisionedCluster(h);
    const p = h.call<GetMetricStatisticsOutput>('monitoring', 'GetMetricStatistics', {
      Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: cluster(), StartTime: new Date(START), EndTime: new Date(h.now), Period: 3600, ExtendedStatistics: ['p99', 'p50'],
    });
    expect(Object.keys(p.Datapoints![0].ExtendedStatistics!)).toEqual(['p99', 'p50']);
    const base = { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: cluster(), Statistics: ['Average'] };
    expectRefused(h, 'monitoring', 'GetMetricStatistics', { ...base, StartTime: new Date(h.now - 2 * 86_400_000), EndTime: new Date(h.now), Period: 60 }, {
      code: 'InvalidParameterCombination',
      status: 400,
      message: 'You have requested up to 2880 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    });
    expectRefused(h, 'monitoring', 'GetMetricStatistics', { ...base, StartTime: new Date(h.now), EndTime: new Date(h.now - HOUR), Period: 60 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'monitoring', 'GetMetricStatistics', { ...base, StartTime: new Date(START), EndTime: new Date(h.now), Period: 90 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'monitoring', 'GetMetricStatistics', { ...base, Statistics: undefined, StartTime: new Date(START), EndTime: new Date(h.now), Period: 60 }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'monitoring', 'GetMetricStatistics', { ...base, ExtendedStatistics: ['p99'], StartTime: new Date(START), EndTime: new Date(h.now), Period: 60 }, { code: 'InvalidParameterCombination' });
  });

  it('GetMetricData: MetricStat and math expressions, newest first by default', () => {
    const h = new Harness();
    provisionedCluster(h);
    const out = h.call<GetMetricDataOutput>('monitoring', 'GetMetricData', {
      StartTime: new Date(h.now - 30 * MINUTE),
      EndTime: new Date(h.now),
      MetricDataQueries: [
        { Id: 'cpu', MetricStat: { Metric: { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization', Dimensions: cluster('WRITER') }, Period: 300, Stat: 'Average' }, ReturnData: false },
        { Id: 'half', Expression: 'cpu / 2', Label: 'Half CPU' },
        { Id: 'conn', MetricStat: { Metric: { Namespace: 'AWS/RDS', MetricName: 'DatabaseConnections', Dimensions: cluster() }, Period: 300, Stat: 'Sum' } },
      ],
    });
    expect(out.MetricDataResults!.map((r) => [r.Id, r.Label, r.StatusCode])).toEqual([
      ['half', 'Half CPU', 'Complete'],
      ['conn', 'DatabaseConnections', 'Complete'],
    ]);
    const half = out.MetricDataResults![0];
    expect(half.Values!.length).toBe(6);
    const times = half.Timestamps!.map((t) => t.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expectRefused(h, 'monitoring', 'GetMetricData', {
      StartTime: new Date(START), EndTime: new Date(h.now), MetricDataQueries: [{ Id: 'M1', Expression: 'm2' }],
    }, { code: 'ValidationError' });
    expectRefused(h, 'monitoring', 'GetMetricData', {
      StartTime: new Date(START), EndTime: new Date(h.now), MetricDataQueries: [{ Id: 'e1', Expression: 'm2 * 2' }],
    }, { code: 'ValidationError', message: "Error in expression e1: Unrecognized identifier 'm2'" });
  });

  it('PutMetricData: custom namespaces only, readable right away', () => {
    const h = new Harness();
    expectRefused(h, 'monitoring', 'PutMetricData', { Namespace: 'AWS/RDS', MetricData: [{ MetricName: 'CPUUtilization', Value: 1 }] }, {
      code: 'InvalidParameterValue',
      message: 'The value AWS/RDS for parameter Namespace is invalid.',
    });
    h.call('monitoring', 'PutMetricData', { Namespace: 'Lab/App', MetricData: [{ MetricName: 'Orders', Value: 3, Unit: 'Count' }, { MetricName: 'Orders', Values: [1, 2], Counts: [1, 3], Unit: 'Count' }] });
    const out = h.call<GetMetricStatisticsOutput>('monitoring', 'GetMetricStatistics', {
      Namespace: 'Lab/App', MetricName: 'Orders', StartTime: new Date(h.now - HOUR), EndTime: new Date(h.now + MINUTE), Period: 60, Statistics: ['Sum', 'SampleCount'],
    });
    expect(out.Datapoints).toEqual([expect.objectContaining({ Sum: 10, SampleCount: 5, Unit: 'Count' })]);
    expect(h.call<ListMetricsOutput>('monitoring', 'ListMetrics', { Namespace: 'Lab/App' }).Metrics).toEqual([{ Namespace: 'Lab/App', MetricName: 'Orders', Dimensions: [] }]);
  });

  it('the load tag raises CPU and connections from the moment it is set', () => {
    const h = new Harness();
    provisionedCluster(h);
    const before = h.now;
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '90' }] });
    h.advance(30 * MINUTE);
    const cpu = byTime(stats(h, 'CPUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], before - 30 * MINUTE, h.now, 300, ['Average']).Datapoints!);
    expect(cpu.slice(0, 5).every((p) => p.Average! < 10)).toBe(true);
    expect(cpu.slice(-5).every((p) => p.Average! > 70)).toBe(true);
    const conn = byTime(stats(h, 'DatabaseConnections', cluster('WRITER'), before - 30 * MINUTE, h.now, 300, ['Average']).Datapoints!);
    expect(conn.at(-1)!.Average!).toBeGreaterThan(conn[0].Average! * 5);
    // Removing the tag ends the load; the past keeps the load it had.
    h.rds('RemoveTagsFromResource', { ResourceName: CLUSTER_ARN, TagKeys: ['aurora-lab:load'] });
    h.advance(30 * MINUTE);
    const later = byTime(stats(h, 'CPUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], before - 30 * MINUTE, h.now, 300, ['Average']).Datapoints!);
    expect(later.slice(7, 11).every((p) => p.Average! > 70)).toBe(true);
    expect(later.slice(-4).every((p) => p.Average! < 10)).toBe(true);
  });
});

describe('metrics follow the cluster lifecycle', () => {
  it('a stopped cluster publishes nothing between its stop and start', () => {
    const h = new Harness();
    provisionedCluster(h);
    h.rds('StopDBCluster', { DBClusterIdentifier: 'aurora-prod' });
    h.advance(30 * MINUTE);
    const stoppedFrom = h.now - 20 * MINUTE;
    h.rds('StartDBCluster', { DBClusterIdentifier: 'aurora-prod' });
    h.advance(30 * MINUTE);
    const points = stats(h, 'CPUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], h.now - 70 * MINUTE, h.now).Datapoints!;
    expect(points.filter((p) => p.Timestamp!.getTime() >= stoppedFrom && p.Timestamp!.getTime() < stoppedFrom + 15 * MINUTE)).toEqual([]);
    expect(points.filter((p) => p.Timestamp!.getTime() > h.now - 10 * MINUTE).length).toBeGreaterThan(5);
  });
});

describe('the metrics respond', () => {
  it('after a failover the replica lag spikes and connections drop, then recover', () => {
    const h = new Harness();
    provisionedCluster(h);
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '40' }] });
    h.advance(10 * MINUTE);
    const failoverAt = h.now;
    h.rds('FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod' });
    h.advance(20 * MINUTE);
    const window = [failoverAt - 10 * MINUTE, h.now] as const;
    const lag = byTime(stats(h, 'AuroraReplicaLag', cluster(), ...window, 60, ['Maximum']).Datapoints!);
    const steadyLag = lag.filter((p) => p.Timestamp!.getTime() < failoverAt - MINUTE);
    const aroundFailover = lag.filter((p) => Math.abs(p.Timestamp!.getTime() - failoverAt) <= 2 * MINUTE);
    expect(Math.max(...steadyLag.map((p) => p.Maximum!))).toBeLessThan(100);
    expect(Math.max(...aroundFailover.map((p) => p.Maximum!))).toBeGreaterThan(1000);
    const connections = byTime(stats(h, 'DatabaseConnections', cluster(), ...window, 60, ['Sum']).Datapoints!);
    const during = connections.find((p) => p.Timestamp!.getTime() === Math.floor(failoverAt / MINUTE) * MINUTE)!;
    expect(during.Sum).toBe(0);
    expect(connections.at(-1)!.Sum!).toBeGreaterThan(20);
    // Roles swapped: the old writer is now a reader and publishes replica lag.
    const oldWriterLag = stats(h, 'AuroraReplicaLag', [{ Name: 'DBInstanceIdentifier', Value: 'writer' }], failoverAt + 5 * MINUTE, h.now, 60, ['Average']).Datapoints!;
    expect(oldWriterLag.length).toBeGreaterThan(10);
    const writerRole = stats(h, 'DatabaseConnections', cluster('WRITER'), h.now - 5 * MINUTE, h.now, 60, ['Average']).Datapoints!;
    expect(writerRole.every((p) => p.Average! > 50)).toBe(true);
  });

  it('a Serverless v2 cluster under load reports ServerlessDatabaseCapacity between its min and max', () => {
    const h = new Harness();
    createCluster(h, { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 16 } });
    createInstance(h, { DBInstanceIdentifier: 'sv2-writer', DBInstanceClass: 'db.serverless' });
    h.advance(30 * MINUTE);
    const idleEnd = h.now;
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '50' }] });
    h.advance(30 * MINUTE);
    const capacity = byTime(stats(h, 'ServerlessDatabaseCapacity', cluster(), START, h.now, 60, ['Minimum', 'Maximum']).Datapoints!);
    for (const point of capacity) {
      expect(point.Minimum).toBeGreaterThanOrEqual(0.5);
      expect(point.Maximum).toBeLessThanOrEqual(16);
    }
    const idle = capacity.filter((p) => p.Timestamp!.getTime() < idleEnd - MINUTE);
    const loaded = capacity.filter((p) => p.Timestamp!.getTime() > idleEnd + MINUTE);
    expect(idle.every((p) => p.Maximum === 0.5)).toBe(true);
    expect(loaded.every((p) => p.Minimum! > 0.5 && p.Maximum! < 16)).toBe(true);
    const acu = stats(h, 'ACUUtilization', [{ Name: 'DBInstanceIdentifier', Value: 'sv2-writer' }], h.now - 5 * MINUTE, h.now, 60, ['Average']).Datapoints!;
    expect(acu.every((p) => p.Average! > 40 && p.Average! <= 100)).toBe(true);
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '100' }] });
    h.advance(10 * MINUTE);
    const full = stats(h, 'ServerlessDatabaseCapacity', [{ Name: 'DBInstanceIdentifier', Value: 'sv2-writer' }], h.now - 5 * MINUTE, h.now, 60, ['Maximum']).Datapoints!;
    expect(full.every((p) => p.Maximum === 16)).toBe(true);
  });
});
