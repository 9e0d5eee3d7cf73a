import type { EventCategoriesMessage, EventsMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { Harness, MINUTE, START, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

/** Creation events only, so events other work adds (automated backups, ...) do not disturb these tests. */
function events(h: Harness, input: object = {}) {
  return h.rds<EventsMessage>('DescribeEvents', { EventCategories: ['creation'], ...input });
}

describe('DescribeEvents', () => {
  it('shows the last hour by default, oldest first, with categories', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h, { DBInstanceIdentifier: 'writer' });
    h.advance(10 * MINUTE);
    const listed = events(h).Events!;
    expect(listed.map((e) => [e.SourceType, e.SourceIdentifier, e.Message, e.EventCategories])).toEqual([
      ['db-cluster', 'aurora-prod', 'DB cluster created', ['creation']],
      ['db-instance', 'writer', 'DB instance created', ['creation']],
    ]);
    expect(listed[0].SourceArn).toBe('arn:aws:rds:us-east-1:123456789012:cluster:aurora-prod');
    expect(listed[0].Date!.getTime()).toBeLessThan(listed[1].Date!.getTime());
    h.advance(61 * MINUTE);
    expect(events(h).Events).toEqual([]);
    expect(events(h, { Duration: 120 }).Events).toHaveLength(2);
    expect(events(h, { StartTime: new Date(START) }).Events).toHaveLength(2);
    expect(events(h, { StartTime: new Date(START), EndTime: new Date(START + 5 * MINUTE) }).Events!.map((e) => e.Message)).toEqual(['DB cluster created']);
    expect(events(h, { StartTime: new Date(START + 5 * MINUTE), Duration: 10 }).Events!.map((e) => e.Message)).toEqual(['DB instance created']);
  });

  it('filters by source type, source identifier and category', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h, { DBInstanceIdentifier: 'writer' });
    h.advance(10 * MINUTE);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' });
    h.advance(10 * MINUTE);
    expect(events(h, { SourceType: 'db-instance', EventCategories: ['creation', 'deletion'] }).Events!.map((e) => e.Message)).toEqual(['DB instance created', 'DB instance deleted']);
    expect(events(h, { SourceType: 'db-instance', SourceIdentifier: 'WRITER', EventCategories: ['deletion'] }).Events!.map((e) => e.Message)).toEqual(['DB instance deleted']);
    expect(events(h, { SourceType: 'db-cluster', SourceIdentifier: 'writer' }).Events).toEqual([]);
    expect(events(h).Events).toHaveLength(2);
    expect(events(h, { EventCategories: ['deletion'] }).Events!.map((e) => e.SourceIdentifier)).toEqual(['writer']);
    const every = h.rds<EventsMessage>('DescribeEvents', {}).Events!;
    expect(every.every((e) => (e.EventCategories ?? []).length > 0)).toBe(true);
    expectRefused(h, 'rds', 'DescribeEvents', { SourceIdentifier: 'writer' }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'DescribeEvents', { Duration: 20161 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'DescribeEvents', { MaxRecords: 5 }, { code: 'InvalidParameterValue' });
  });

  it('pages with MaxRecords and Marker', () => {
    const h = new Harness();
    for (let i = 1; i <= 25; i++) createCluster(h, { DBClusterIdentifier: `c-${i}` });
    h.advance(5 * MINUTE);
    const first = events(h, { MaxRecords: 20 });
    expect(first.Events).toHaveLength(20);
    const second = events(h, { MaxRecords: 20, Marker: first.Marker });
    expect(second.Events!.map((e) => e.SourceIdentifier)).toEqual(['c-21', 'c-22', 'c-23', 'c-24', 'c-25']);
    expect(second.Marker).toBeUndefined();
  });
});

describe('DescribeEventCategories', () => {
  it('lists the categories per source type, or for one', () => {
    const h = new Harness();
    const all = h.rds<EventCategoriesMessage>('DescribeEventCategories', {}).EventCategoriesMapList!;
    expect(all.map((m) => m.SourceType)).toEqual(expect.arrayContaining(['db-instance', 'db-cluster', 'db-cluster-snapshot', 'db-parameter-group']));
    const cluster = h.rds<EventCategoriesMessage>('DescribeEventCategories', { SourceType: 'db-cluster' }).EventCategoriesMapList!;
    expect(cluster).toHaveLength(1);
    expect(cluster[0].EventCategories).toEqual(expect.arrayContaining(['creation', 'deletion', 'failover', 'notification', 'configuration change']));
    const instance = all.find((m) => m.SourceType === 'db-instance')!;
    expect(instance.EventCategories).toEqual(expect.arrayContaining(['availability', 'backup', 'recovery', 'maintenance', 'failure']));
    expectRefused(h, 'rds', 'DescribeEventCategories', { SourceType: 'db-widget' }, { code: 'InvalidParameterValue' });
  });
});
