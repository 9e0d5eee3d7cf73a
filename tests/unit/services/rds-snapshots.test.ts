import type {
  CopyDBClusterSnapshotResult,
  CreateDBClusterSnapshotResult,
  DBClusterSnapshotMessage,
  DeleteDBClusterResult,
  DeleteDBClusterSnapshotResult,
  EventsMessage,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { expectRefused, Harness, MINUTE } from './support/engine-harness';
import { createKmsKey } from './support/kms-fixtures';
import { createCluster } from './support/rds-fixtures';

const DAY = 24 * 60 * MINUTE;

function availableCluster(h: Harness, overrides = {}) {
  const cluster = createCluster(h, overrides);
  h.advance(5 * MINUTE);
  return cluster;
}

function snapshots(h: Harness, input: object = {}) {
  return h.rds<DBClusterSnapshotMessage>('DescribeDBClusterSnapshots', input).DBClusterSnapshots ?? [];
}

describe('manual cluster snapshots', () => {
  it('creates a manual snapshot: creating, then available on the virtual clock, with 0074/0075 events', () => {
    const h = new Harness();
    availableCluster(h, { Tags: [{ Key: 'team', Value: 'db' }], CopyTagsToSnapshot: true });
    const created = h.rds<CreateDBClusterSnapshotResult>('CreateDBClusterSnapshot', {
      DBClusterIdentifier: 'aurora-prod',
      DBClusterSnapshotIdentifier: 'My-Snap',
    }).DBClusterSnapshot!;
    expect(created).toMatchObject({
      DBClusterSnapshotIdentifier: 'my-snap',
      DBClusterIdentifier: 'aurora-prod',
      SnapshotType: 'manual',
      Status: 'creating',
      Engine: 'aurora-mysql',
      EngineVersion: '8.0.mysql_aurora.3.02.0',
      StorageEncrypted: false,
      DBClusterSnapshotArn: 'arn:aws:rds:us-east-1:123456789012:cluster-snapshot:my-snap',
      TagList: [{ Key: 'team', Value: 'db' }],
    });
    h.advance(3 * MINUTE);
    const [described] = snapshots(h, { DBClusterSnapshotIdentifier: 'my-snap' });
    expect(described.Status).toBe('available');
    expect(described.PercentProgress).toBe(100);
    const events = h.rds<EventsMessage>('DescribeEvents', { SourceType: 'db-cluster-snapshot', SourceIdentifier: 'my-snap', Duration: 60 }).Events ?? [];
    expect(events.map((e) => e.Message)).toEqual(['Creating manual DB cluster snapshot.', 'Manual DB cluster snapshot created.']);
  });

  it('refuses a duplicate identifier, a cluster that is not available, and an unknown cluster', () => {
    const h = new Harness();
    createCluster(h);
    expectRefused(h, 'rds', 'CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 's1' }, {
      code: 'InvalidDBClusterStateFault',
      status: 400,
    });
    h.advance(5 * MINUTE);
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 's1' });
    expectRefused(h, 'rds', 'CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'S1' }, {
      code: 'DBClusterSnapshotAlreadyExistsFault',
      status: 400,
    });
    expectRefused(h, 'rds', 'CreateDBClusterSnapshot', { DBClusterIdentifier: 'nope', DBClusterSnapshotIdentifier: 's2' }, {
      code: 'DBClusterNotFoundFault',
      status: 404,
    });
    expectRefused(h, 'rds', 'CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'bad--id' }, {
      code: 'InvalidParameterValue',
    });
  });

  it('deletes manual snapshots only; automated ones are refused', () => {
    const h = new Harness();
    availableCluster(h);
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 's1' });
    expectRefused(h, 'rds', 'DeleteDBClusterSnapshot', { DBClusterSnapshotIdentifier: 's1' }, { code: 'InvalidDBClusterSnapshotStateFault' });
    h.advance(3 * MINUTE);
    const deleted = h.rds<DeleteDBClusterSnapshotResult>('DeleteDBClusterSnapshot', { DBClusterSnapshotIdentifier: 's1' }).DBClusterSnapshot!;
    expect(deleted.DBClusterSnapshotIdentifier).toBe('s1');
    expect(snapshots(h, { SnapshotType: 'manual' })).toHaveLength(0);
    const automated = snapshots(h, { SnapshotType: 'automated' })[0];
    expectRefused(h, 'rds', 'DeleteDBClusterSnapshot', { DBClusterSnapshotIdentifier: automated.DBClusterSnapshotIdentifier! }, {
      code: 'InvalidDBClusterSnapshotStateFault',
      message: 'Only manual snapshots may be deleted.',
    });
    expectRefused(h, 'rds', 'DeleteDBClusterSnapshot', { DBClusterSnapshotIdentifier: 'gone' }, { code: 'DBClusterSnapshotNotFoundFault', status: 404 });
  });
});

describe('automated cluster snapshots', () => {
  it('takes one when the cluster becomes available and one a day in the backup window, kept BackupRetentionPeriod days', () => {
    const h = new Harness();
    const cluster = createCluster(h, { PreferredBackupWindow: '03:00-03:30', BackupRetentionPeriod: 2 });
    h.advance(5 * MINUTE);
    let automated = snapshots(h, { DBClusterIdentifier: 'aurora-prod', SnapshotType: 'automated' });
    expect(automated).toHaveLength(1);
    expect(automated[0].DBClusterSnapshotIdentifier).toBe('rds:aurora-prod-2025-01-06-12-03');
    expect(automated[0].SnapshotType).toBe('automated');
    expect(cluster.PreferredBackupWindow).toBe('03:00-03:30');
    h.advance(4 * DAY);
    automated = snapshots(h, { SnapshotType: 'automated' });
    expect(automated.map((s) => s.DBClusterSnapshotIdentifier)).toEqual([
      'rds:aurora-prod-2025-01-08-03-00',
      'rds:aurora-prod-2025-01-09-03-00',
      'rds:aurora-prod-2025-01-10-03-00',
    ]);
    expect(automated.every((s) => s.Status === 'available')).toBe(true);
    const events = h.rds<EventsMessage>('DescribeEvents', { SourceType: 'db-cluster-snapshot', Duration: 10080 }).Events ?? [];
    expect(events.some((e) => e.Message === 'Automated cluster snapshot created.')).toBe(true);
    // An automated snapshot can be described by name and copied (the copy is manual).
    const copy = h.rds<CopyDBClusterSnapshotResult>('CopyDBClusterSnapshot', {
      SourceDBClusterSnapshotIdentifier: 'rds:aurora-prod-2025-01-10-03-00',
      TargetDBClusterSnapshotIdentifier: 'kept-copy',
    }).DBClusterSnapshot!;
    expect(copy).toMatchObject({ SnapshotType: 'manual', Status: 'copying' });
    expect(copy.SourceDBClusterSnapshotArn).toBe('arn:aws:rds:us-east-1:123456789012:cluster-snapshot:rds:aurora-prod-2025-01-10-03-00');
  });

  it('takes a final snapshot on DeleteDBCluster and drops the automated ones', () => {
    const h = new Harness();
    availableCluster(h);
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', FinalDBSnapshotIdentifier: 'final--x' }, { code: 'InvalidParameterValue' });
    const deleted = h.rds<DeleteDBClusterResult>('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', FinalDBSnapshotIdentifier: 'final-snap' });
    expect(deleted.DBCluster?.Status).toBe('deleting');
    h.advance(10 * MINUTE);
    const all = snapshots(h);
    expect(all.map((s) => [s.DBClusterSnapshotIdentifier, s.SnapshotType, s.Status])).toEqual([['final-snap', 'manual', 'available']]);
  });

  it('refuses a final snapshot identifier already taken, changing nothing', () => {
    const h = new Harness();
    availableCluster(h);
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'taken' });
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', FinalDBSnapshotIdentifier: 'taken' }, {
      code: 'DBClusterSnapshotAlreadyExistsFault',
    });
  });
});

describe('copy and describe', () => {
  it('copies encrypted snapshots keeping or changing the key; an unencrypted copy cannot be encrypted', () => {
    const h = new Harness();
    availableCluster(h, { StorageEncrypted: true });
    createCluster(h, { DBClusterIdentifier: 'plain' });
    h.advance(5 * MINUTE);
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'enc' });
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'plain', DBClusterSnapshotIdentifier: 'plain-snap' });
    expectRefused(h, 'rds', 'CopyDBClusterSnapshot', { SourceDBClusterSnapshotIdentifier: 'enc', TargetDBClusterSnapshotIdentifier: 'c0' }, {
      code: 'InvalidDBClusterSnapshotStateFault',
    });
    h.advance(3 * MINUTE);
    const [enc] = snapshots(h, { DBClusterSnapshotIdentifier: 'enc' });
    const otherKeyArn = createKmsKey(h, 'alias/other-key');
    const same = h.rds<CopyDBClusterSnapshotResult>('CopyDBClusterSnapshot', { SourceDBClusterSnapshotIdentifier: 'enc', TargetDBClusterSnapshotIdentifier: 'c1' }).DBClusterSnapshot!;
    expect(same.KmsKeyId).toBe(enc.KmsKeyId);
    const other = h.rds<CopyDBClusterSnapshotResult>('CopyDBClusterSnapshot', {
      SourceDBClusterSnapshotIdentifier: enc.DBClusterSnapshotArn!,
      TargetDBClusterSnapshotIdentifier: 'c2',
      KmsKeyId: 'alias/other-key',
    }).DBClusterSnapshot!;
    expect(other.StorageEncrypted).toBe(true);
    expect(other.KmsKeyId).toBe(otherKeyArn);
    expect(other.KmsKeyId).not.toBe(enc.KmsKeyId);
    expectRefused(h, 'rds', 'CopyDBClusterSnapshot', { SourceDBClusterSnapshotIdentifier: 'plain-snap', TargetDBClusterSnapshotIdentifier: 'c3', KmsKeyId: 'alias/k' }, {
      code: 'InvalidParameterCombination',
    });
    expectRefused(h, 'rds', 'CopyDBClusterSnapshot', { SourceDBClusterSnapshotIdentifier: 'enc', TargetDBClusterSnapshotIdentifier: 'c1' }, {
      code: 'DBClusterSnapshotAlreadyExistsFault',
    });
    expectRefused(h, 'rds', 'CopyDBClusterSnapshot', { SourceDBClusterSnapshotIdentifier: 'nope', TargetDBClusterSnapshotIdentifier: 'c4' }, {
      code: 'DBClusterSnapshotNotFoundFault',
    });
  });

  it('filters by cluster, type and filter names; shared/public are empty; bad filters are refused', () => {
    const h = new Harness();
    availableCluster(h);
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'm1' });
    expect(snapshots(h).map((s) => s.SnapshotType).sort()).toEqual(['automated', 'manual']);
    expect(snapshots(h, { Filters: [{ Name: 'snapshot-type', Values: ['manual'] }] }).map((s) => s.DBClusterSnapshotIdentifier)).toEqual(['m1']);
    expect(snapshots(h, { Filters: [{ Name: 'db-cluster-id', Values: ['AURORA-PROD'] }] })).toHaveLength(2);
    expect(snapshots(h, { DBClusterIdentifier: 'other' })).toHaveLength(0);
    expect(snapshots(h, { SnapshotType: 'shared', IncludeShared: true, IncludePublic: true })).toHaveLength(0);
    expectRefused(h, 'rds', 'DescribeDBClusterSnapshots', { Filters: [{ Name: 'colour', Values: ['x'] }] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'DescribeDBClusterSnapshots', { DBClusterSnapshotIdentifier: 'missing' }, { code: 'DBClusterSnapshotNotFoundFault' });
  });
});
