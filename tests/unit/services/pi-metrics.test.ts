import type { DescribeDimensionKeysResponse, GetResourceMetricsResponse, ListAvailableResourceDimensionsResponse, ListAvailableResourceMetricsResponse } from '@aws-sdk/client-pi';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, REGION, START, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

const HOUR = 60 * MINUTE;
const CLUSTER_ARN = `arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:aurora-prod`;

function piCluster(h: Harness, engine: 'aurora-mysql' | 'aurora-postgresql' = 'aurora-mysql') {
  createCluster(h, engine === 'aurora-postgresql' ? { Engine: engine, EngineVersion: '16.4', MasterUsername: 'postgres' } : {});
  const writer = createInstance(h, { DBInstanceIdentifier: 'writer', Engine: engine, EnablePerformanceInsights: true });
  const plain = createInstance(h, { DBInstanceIdentifier: 'no-pi', Engine: engine, DBInstanceClass: 'db.r5.large' });
  h.advance(HOUR);
  return { writerId: writer.DbiResourceId!, plainId: plain.DbiResourceId! };
}

function metrics(h: Harness, identifier: string, input: Record<string, unknown>) {
  return h.call<GetResourceMetricsResponse>('pi', 'GetResourceMetrics', { ServiceType: 'RDS', Identifier: identifier, StartTime: new Date(START), EndTime: new Date(h.now), ...input });
}

describe('Performance Insights GetResourceMetrics', () => {
  it('db.load.avg per minute for an instance with PI on, aligned, stamped at period end', () => {
    const h = new Harness();
    const { writerId } = piCluster(h);
    const out = metrics(h, writerId, { MetricQueries: [{ Metric: 'db.load.avg' }], PeriodInSeconds: 60, StartTime: new Date(START + 30_500), EndTime: new Date(h.now - 30_500) });
    expect(out.Identifier).toBe(writerId);
    expect(out.AlignedStartTime).toEqual(new Date(START));
    expect(out.AlignedEndTime!.getTime() % MINUTE).toBe(0);
    expect(out.MetricList).toHaveLength(1);
    const points = out.MetricList![0].DataPoints!;
    expect(out.MetricList![0].Key).toEqual({ Metric: 'db.load.avg' });
    expect(points.length).toBeGreaterThan(40);
    for (const point of points) {
      expect(point.Timestamp!.getTime() % MINUTE).toBe(0);
      expect(point.Value).toBeGreaterThanOrEqual(0);
      expect(point.Value).toBeLessThan(1);
    }
  });

  it('chooses a period when none is given, and the load tag raises db.load and counters', () => {
    const h = new Harness();
    const { writerId } = piCluster(h);
    const quiet = metrics(h, writerId, { MetricQueries: [{ Metric: 'db.load.avg' }, { Metric: 'db.SQL.Innodb_rows_read.avg' }, { Metric: 'os.cpuUtilization.user.avg' }], StartTime: new Date(h.now - HOUR) });
    expect(quiet.MetricList!.map((m) => m.Key!.Metric)).toEqual(['db.load.avg', 'db.SQL.Innodb_rows_read.avg', 'os.cpuUtilization.user.avg']);
    expect(quiet.MetricList![0].DataPoints!.length).toBeGreaterThan(50); // 1-hour range: 60-second periods
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '80' }] });
    h.advance(HOUR);
    const busy = metrics(h, writerId, { MetricQueries: [{ Metric: 'db.load.avg' }, { Metric: 'db.SQL.Innodb_rows_read.avg' }], StartTime: new Date(h.now - 30 * MINUTE), PeriodInSeconds: 300 });
    const avg = (points: { Value?: number }[]) => points.reduce((a, p) => a + p.Value!, 0) / points.length;
    expect(avg(busy.MetricList![0].DataPoints!)).toBeGreaterThan(avg(quiet.MetricList![0].DataPoints!) * 10);
    expect(avg(busy.MetricList![1].DataPoints!)).toBeGreaterThan(20_000);
  });

  it('GroupBy db.wait_event: the total first, then the top keys, which add up to the total', () => {
    const h = new Harness();
    const { writerId } = piCluster(h);
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '50' }] });
    h.advance(HOUR);
    const out = metrics(h, writerId, { MetricQueries: [{ Metric: 'db.load.avg', GroupBy: { Group: 'db.wait_event', Limit: 25 } }], StartTime: new Date(h.now - 30 * MINUTE), PeriodInSeconds: 300 });
    const [total, ...keys] = out.MetricList!;
    expect(total.Key).toEqual({ Metric: 'db.load.avg' });
    expect(keys[0].Key).toEqual({ Metric: 'db.load.avg', Dimensions: { 'db.wait_event.name': 'CPU', 'db.wait_event.type': 'CPU' } });
    expect(keys.map((k) => k.Key!.Dimensions!['db.wait_event.name'])).toContain('io/aurora_redo_log_flush');
    total.DataPoints!.forEach((point, i) => {
      const sum = keys.reduce((a, k) => a + k.DataPoints![i].Value!, 0);
      expect(sum).toBeCloseTo(point.Value!, 1);
    });
    const limited = metrics(h, writerId, { MetricQueries: [{ Metric: 'db.load.avg', GroupBy: { Group: 'db.sql_tokenized', Limit: 2, Dimensions: ['db.sql_tokenized.statement'] } }], StartTime: new Date(h.now - 30 * MINUTE) });
    expect(limited.MetricList).toHaveLength(3);
    expect(Object.keys(limited.MetricList![1].Key!.Dimensions!)).toEqual(['db.sql_tokenized.statement']);
  });

  it('answers NotAuthorized for a cluster name (the seed), an unknown id or an instance without PI; InvalidArgument for bad metrics and groups', () => {
    const h = new Harness();
    const { writerId, plainId } = piCluster(h);
    const base = { ServiceType: 'RDS', MetricQueries: [{ Metric: 'db.load.avg' }], StartTime: new Date(START), EndTime: new Date(h.now) };
    for (const identifier of ['aurora-prod', 'db-NOPE', plainId]) {
      expectRefused(h, 'pi', 'GetResourceMetrics', { ...base, Identifier: identifier }, {
        code: 'NotAuthorizedException',
        status: 400,
        message: `The resource ${identifier} for service type RDS is not authorized for this account`,
      });
    }
    expectRefused(h, 'pi', 'GetResourceMetrics', { ...base, Identifier: writerId, MetricQueries: [{ Metric: 'db.CPU.Innodb_rows_read.avg' }] }, {
      code: 'InvalidArgumentException',
      message: 'This metric is not a known metric: db.CPU.Innodb_rows_read.avg is not valid for current resource',
    });
    expectRefused(h, 'pi', 'GetResourceMetrics', { ...base, Identifier: writerId, MetricQueries: [{ Metric: 'db.load.avg', GroupBy: { Group: 'db.application' } }] }, {
      code: 'InvalidArgumentException',
      message: 'This group is not a known group: db.application is not valid for current resource',
    });
    expectRefused(h, 'pi', 'GetResourceMetrics', { ...base, Identifier: writerId, PeriodInSeconds: 120 }, { code: 'InvalidArgumentException' });
    expectRefused(h, 'pi', 'GetResourceMetrics', { ...base, Identifier: writerId, StartTime: new Date(h.now), EndTime: new Date(START) }, { code: 'InvalidArgumentException' });
  });

  it('after a failover the old writer loses its sessions for the failover and carries less load as a reader', () => {
    const h = new Harness();
    const { writerId } = piCluster(h);
    createInstance(h, { DBInstanceIdentifier: 'reader', PromotionTier: 0 });
    h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '60' }] });
    h.advance(20 * MINUTE);
    const failoverAt = h.now;
    h.rds('FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod', TargetDBInstanceIdentifier: 'reader' });
    h.advance(20 * MINUTE);
    const points = metrics(h, writerId, { MetricQueries: [{ Metric: 'db.load.avg' }], PeriodInSeconds: 60, StartTime: new Date(failoverAt - 10 * MINUTE), PeriodAlignment: 'START_TIME' }).MetricList![0].DataPoints!;
    const at = (t: number) => points.find((p) => p.Timestamp!.getTime() === Math.floor(t / MINUTE) * MINUTE)!.Value!;
    expect(at(failoverAt)).toBe(0);
    expect(at(failoverAt - 5 * MINUTE)).toBeGreaterThan(at(failoverAt + 10 * MINUTE) * 2);
  });
});

describe('Performance Insights ListAvailableResourceMetrics / Dimensions', () => {
  it('lists the engine\'s counters and dimension groups', () => {
    const h = new Harness();
    const { writerId } = piCluster(h);
    const metricsOut = h.call<ListAvailableResourceMetricsResponse>('pi', 'ListAvailableResourceMetrics', { ServiceType: 'RDS', Identifier: writerId, MetricTypes: ['db', 'os'] });
    const names = metricsOut.Metrics!.map((m) => m.Metric);
    expect(names).toContain('db.load');
    expect(names).toContain('db.SQL.Innodb_rows_read');
    expect(names).toContain('os.cpuUtilization.user');
    expect(metricsOut.Metrics!.find((m) => m.Metric === 'db.SQL.Innodb_rows_read')!.Unit).toBe('Rows per second');
    const dims = h.call<ListAvailableResourceDimensionsResponse>('pi', 'ListAvailableResourceDimensions', { ServiceType: 'RDS', Identifier: writerId, Metrics: ['db.load'] });
    const groups = dims.MetricDimensions![0].Groups!;
    expect(groups.map((g) => g.Group)).not.toContain('db.application');
    expect(groups.find((g) => g.Group === 'db.wait_event')!.Dimensions).toEqual([{ Identifier: 'db.wait_event.name' }, { Identifier: 'db.wait_event.type' }]);
  });
});

describe('Performance Insights DescribeDimensionKeys', () => {
  it('top SQL and wait events per engine, largest first, with partitions', () => {
    for (const engine of ['aurora-mysql', 'aurora-postgresql'] as const) {
      const h = new Harness();
      const { writerId } = piCluster(h, engine);
      h.rds('AddTagsToResource', { ResourceName: CLUSTER_ARN, Tags: [{ Key: 'aurora-lab:load', Value: '70' }] });
      h.advance(HOUR);
      const sql = h.call<DescribeDimensionKeysResponse>('pi', 'DescribeDimensionKeys', {
        ServiceType: 'RDS', Identifier: writerId, StartTime: new Date(h.now - HOUR), EndTime: new Date(h.now), Metric: 'db.load.avg',
        GroupBy: { Group: 'db.sql_tokenized', Limit: 5 }, PartitionBy: { Group: 'db.wait_event_type' },
      });
      expect(sql.Keys).toHaveLength(5);
      const totals = sql.Keys!.map((k) => k.Total!);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(sql.Keys![0].Dimensions!['db.sql_tokenized.statement']).toMatch(/^SELECT \* FROM/);
      expect(sql.Keys![0].Dimensions!['db.sql_tokenized.id']).toMatch(/^[0-9A-F]{40}$/);
      expect(sql.PartitionKeys!.map((p) => p.Dimensions!['db.wait_event_type.name'])).toContain('CPU');
      expect(sql.Keys![0].Partitions!.reduce((a, b) => a + b, 0)).toBeCloseTo(sql.Keys![0].Total!, 1);
      const waits = h.call<DescribeDimensionKeysResponse>('pi', 'DescribeDimensionKeys', {
        ServiceType: 'RDS', Identifier: writerId, StartTime: new Date(h.now - HOUR), EndTime: new Date(h.now), Metric: 'db.load.avg', GroupBy: { Group: 'db.wait_event' },
      });
      const names = waits.Keys!.map((k) => k.Dimensions!['db.wait_event.name']);
      expect(names[0]).toBe('CPU');
      expect(names).toContain(engine === 'aurora-mysql' ? 'io/aurora_redo_log_flush' : 'IO:XactSync');
    }
  });

  it('refuses metrics other than db.load and unknown groups', () => {
    const h = new Harness();
    const { writerId } = piCluster(h);
    const base = { ServiceType: 'RDS', Identifier: writerId, StartTime: new Date(START), EndTime: new Date(h.now), GroupBy: { Group: 'db.sql' } };
    expectRefused(h, 'pi', 'DescribeDimensionKeys', { ...base, Metric: 'os.cpuUtilization.user.avg' }, { code: 'InvalidArgumentException' });
    expectRefused(h, 'pi', 'DescribeDimensionKeys', { ...base, Metric: 'db.load.avg', GroupBy: { Group: 'db.nope' } }, { code: 'InvalidArgumentException' });
  });
});
