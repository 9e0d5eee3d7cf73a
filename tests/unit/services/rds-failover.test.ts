import type { DBClusterMessage, EventsMessage, FailoverDBClusterResult } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { Harness, MINUTE, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

function cluster(h: Harness) {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: 'aurora-prod' }).DBClusters![0];
}

function writerOf(h: Harness) {
  return cluster(h).DBClusterMembers!.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier;
}

function clusterEvents(h: Harness) {
  return h.rds<EventsMessage>('DescribeEvents', { SourceType: 'db-cluster', SourceIdentifier: 'aurora-prod', EventCategories: ['failover'] }).Events!;
}

describe('FailoverDBCluster', () => {
  it('promotes the replica with the lowest tier, then the largest size; failing-over for 30 s, roles swap, events 0072/0073 and 0071', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h, { DBInstanceIdentifier: 'writer', PromotionTier: 0 });
    createInstance(h, { DBInstanceIdentifier: 'tier2-big', DBInstanceClass: 'db.r5.4xlarge', PromotionTier: 2 });
    createInstance(h, { DBInstanceIdentifier: 'tier1-small', DBInstanceClass: 'db.r5.large', PromotionTier: 1 });
    createInstance(h, { DBInstanceIdentifier: 'tier1-large', DBInstanceClass: 'db.r5.xlarge', PromotionTier: 1 });
    h.advance(10 * MINUTE);
    const result = h.rds<FailoverDBClusterResult>('FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod' });
    expect(result.DBCluster?.Status).toBe('failing-over');
    expect(clusterEvents(h).map((e) => e.Message)).toEqual([expect.stringMatching(/^Started (same|cross) AZ failover to DB instance: tier1-large$/)]);
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod' }, {
      code: 'InvalidDBClusterStateFault',
      message: 'DB cluster is not available for modification with status failing-over',
    });
    h.advance(30_000);
    expect(cluster(h).Status).toBe('available');
    expect(writerOf(h)).toBe('tier1-large');
    const members = cluster(h).DBClusterMembers!;
    expect(members.find((m) => m.DBInstanceIdentifier === 'writer')?.IsClusterWriter).toBe(false);
    const events = clusterEvents(h);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ Message: 'Completed failover to DB instance: tier1-large', EventCategories: ['failover'], SourceType: 'db-cluster' });
  });

  it('uses TargetDBInstanceIdentifier when given; same-AZ vs cross-AZ start event', () => {
    const h = new Harness();
    createCluster(h);
    const writer = createInstance(h, { DBInstanceIdentifier: 'writer' });
    createInstance(h, { DBInstanceIdentifier: 'same-az', AvailabilityZone: writer.AvailabilityZone, PromotionTier: 15 });
    createInstance(h, { DBInstanceIdentifier: 'best', PromotionTier: 0 });
    h.advance(10 * MINUTE);
    h.rds('FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod', TargetDBInstanceIdentifier: 'Same-AZ' });
    expect(clusterEvents(h)[0]).toMatchObject({ Message: 'Started same AZ failover to DB instance: same-az' });
    h.advance(30_000);
    expect(writerOf(h)).toBe('same-az');
    h.rds('FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod' });
    h.advance(30_000);
    expect(writerOf(h)).toBe('best');
  });

  it('refuses a single-instance cluster, an unknown or foreign or writer target, and an unknown cluster', () => {
    const h = new Harness();
    createCluster(h);
    createCluster(h, { DBClusterIdentifier: 'other' });
    createInstance(h, { DBInstanceIdentifier: 'writer' });
    createInstance(h, { DBInstanceIdentifier: 'elsewhere', DBClusterIdentifier: 'other' });
    h.advance(10 * MINUTE);
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod' }, {
      code: 'InvalidDBClusterStateFault',
      status: 400,
      message: 'Cannot failover DB cluster aurora-prod: it has no Aurora Replica to promote.',
    });
    createInstance(h, { DBInstanceIdentifier: 'reader' });
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod' }, { code: 'InvalidDBClusterStateFault' });
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod', TargetDBInstanceIdentifier: 'reader' }, { code: 'InvalidDBInstanceState' });
    h.advance(10 * MINUTE);
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod', TargetDBInstanceIdentifier: 'ghost' }, { code: 'DBInstanceNotFound', status: 404 });
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod', TargetDBInstanceIdentifier: 'elsewhere' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'aurora-prod', TargetDBInstanceIdentifier: 'writer' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'FailoverDBCluster', { DBClusterIdentifier: 'nope' }, { code: 'DBClusterNotFoundFault', status: 404 });
  });
});
