import type {
  DBClusterMessage,
  RestoreDBClusterFromSnapshotResult,
  RestoreDBClusterToPointInTimeResult,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { expectRefused, Harness, MINUTE } from './support/engine-harness';
import { createKmsKey } from './support/kms-fixtures';
import { createCluster, createInstance } from './support/rds-fixtures';

function cluster(h: Harness, id: string) {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: id }).DBClusters![0];
}

function snapshotOf(h: Harness, overrides = {}) {
  createCluster(h, overrides);
  h.advance(5 * MINUTE);
  h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'snap' });
  h.advance(3 * MINUTE);
}

describe('RestoreDBClusterFromSnapshot', () => {
  it('makes a new cluster (creating, no instances) with the snapshot engine, version and encryption', () => {
    const h = new Harness();
    createKmsKey(h, 'alias/aurora-encryption-key');
    snapshotOf(h, { StorageEncrypted: true, KmsKeyId: 'alias/aurora-encryption-key' });
    const source = cluster(h, 'aurora-prod');
    const restored = h.rds<RestoreDBClusterFromSnapshotResult>('RestoreDBClusterFromSnapshot', {
      DBClusterIdentifier: 'restored',
      SnapshotIdentifier: 'snap',
      Engine: 'aurora-mysql',
    }).DBCluster!;
    expect(restored).toMatchObject({
      DBClusterIdentifier: 'restored',
      Status: 'creating',
      Engine: 'aurora-mysql',
      EngineVersion: source.EngineVersion,
      StorageEncrypted: true,
      KmsKeyId: source.KmsKeyId,
      MasterUsername: 'admin',
      DBClusterMembers: [],
    });
    expect(restored.DbClusterResourceId).not.toBe(source.DbClusterResourceId);
    h.advance(11 * MINUTE);
    expect(cluster(h, 'restored').Status).toBe('available');
  });

  it('encrypts an unencrypted snapshot on restore when KmsKeyId is given', () => {
    const h = new Harness();
    snapshotOf(h);
    const keyArn = createKmsKey(h, 'alias/aurora-encryption-key');
    const restored = h.rds<RestoreDBClusterFromSnapshotResult>('RestoreDBClusterFromSnapshot', {
      DBClusterIdentifier: 'now-encrypted',
      SnapshotIdentifier: 'snap',
      Engine: 'aurora-mysql',
      KmsKeyId: 'alias/aurora-encryption-key',
    }).DBCluster!;
    expect(restored.StorageEncrypted).toBe(true);
    expect(restored.KmsKeyId).toBe(keyArn);
  });

  it('refuses an unknown snapshot, a taken identifier, another engine and a snapshot still creating', () => {
    const h = new Harness();
    snapshotOf(h);
    const base = { DBClusterIdentifier: 'r1', SnapshotIdentifier: 'snap', Engine: 'aurora-mysql' };
    expectRefused(h, 'rds', 'RestoreDBClusterFromSnapshot', { ...base, SnapshotIdentifier: 'nope' }, { code: 'DBClusterSnapshotNotFoundFault', status: 404 });
    expectRefused(h, 'rds', 'RestoreDBClusterFromSnapshot', { ...base, DBClusterIdentifier: 'aurora-prod' }, { code: 'DBClusterAlreadyExistsFault' });
    expectRefused(h, 'rds', 'RestoreDBClusterFromSnapshot', { ...base, Engine: 'aurora-postgresql' }, { code: 'InvalidParameterCombination' });
    h.rds('CreateDBClusterSnapshot', { DBClusterIdentifier: 'aurora-prod', DBClusterSnapshotIdentifier: 'fresh' });
    expectRefused(h, 'rds', 'RestoreDBClusterFromSnapshot', { ...base, SnapshotIdentifier: 'fresh' }, { code: 'InvalidDBClusterSnapshotStateFault' });
  });

  it('restores from a deleted cluster’s final snapshot', () => {
    const h = new Harness();
    createCluster(h);
    h.advance(5 * MINUTE);
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', FinalDBSnapshotIdentifier: 'last' });
    h.advance(10 * MINUTE);
    const restored = h.rds<RestoreDBClusterFromSnapshotResult>('RestoreDBClusterFromSnapshot', {
      DBClusterIdentifier: 'aurora-prod',
      SnapshotIdentifier: 'last',
      Engine: 'aurora-mysql',
    }).DBCluster!;
    expect(restored.Status).toBe('creating');
  });
});

describe('RestoreDBClusterToPointInTime', () => {
  it('restores within [EarliestRestorableTime, LatestRestorableTime] and refuses outside it with InvalidRestoreFault', () => {
    const h = new Harness();
    createCluster(h);
    h.advance(60 * MINUTE);
    const source = cluster(h, 'aurora-prod');
    const earliest = source.EarliestRestorableTime!;
    const latest = source.LatestRestorableTime!;
    expect(latest.getTime()).toBeGreaterThan(earliest.getTime());
    const base = { DBClusterIdentifier: 'pitr', SourceDBClusterIdentifier: 'aurora-prod' };
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', { ...base, RestoreToTime: new Date(earliest.getTime() - 60_000) }, {
      code: 'InvalidRestoreFault',
      status: 400,
    });
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', { ...base, RestoreToTime: new Date(h.now + 60_000) }, { code: 'InvalidRestoreFault' });
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', { ...base, RestoreToTime: earliest, UseLatestRestorableTime: true }, {
      code: 'InvalidParameterCombination',
    });
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', base, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', { ...base, SourceDBClusterIdentifier: 'nope', UseLatestRestorableTime: true }, {
      code: 'DBClusterNotFoundFault',
    });
    const restored = h.rds<RestoreDBClusterToPointInTimeResult>('RestoreDBClusterToPointInTime', {
      ...base,
      RestoreToTime: new Date(earliest.getTime() + 10 * MINUTE),
    }).DBCluster!;
    expect(restored).toMatchObject({ DBClusterIdentifier: 'pitr', Status: 'creating', StorageEncrypted: false });
    expect(restored.CloneGroupId).toBeUndefined();
  });

  it('refuses a source that has never been available', () => {
    const h = new Harness();
    createCluster(h);
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', { DBClusterIdentifier: 'x', SourceDBClusterIdentifier: 'aurora-prod', UseLatestRestorableTime: true }, {
      code: 'InvalidDBClusterStateFault',
    });
  });

  it('clones with copy-on-write: the source needs an instance, and both share a CloneGroupId', () => {
    const h = new Harness();
    createCluster(h, { StorageEncrypted: true });
    h.advance(5 * MINUTE);
    const clone = { DBClusterIdentifier: 'clone-1', SourceDBClusterIdentifier: 'aurora-prod', RestoreType: 'copy-on-write', UseLatestRestorableTime: true };
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', clone, { code: 'InvalidDBClusterStateFault' });
    expectRefused(h, 'rds', 'RestoreDBClusterToPointInTime', { ...clone, RestoreType: 'sideways' }, { code: 'InvalidParameterValue' });
    createInstance(h);
    h.advance(10 * MINUTE);
    const first = h.rds<RestoreDBClusterToPointInTimeResult>('RestoreDBClusterToPointInTime', clone).DBCluster!;
    const second = h.rds<RestoreDBClusterToPointInTimeResult>('RestoreDBClusterToPointInTime', { ...clone, DBClusterIdentifier: 'clone-2' }).DBCluster!;
    const source = cluster(h, 'aurora-prod');
    expect(first.CloneGroupId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(second.CloneGroupId).toBe(first.CloneGroupId);
    expect(source.CloneGroupId).toBe(first.CloneGroupId);
    expect(first.StorageEncrypted).toBe(true);
    expect(first.KmsKeyId).toBe(source.KmsKeyId);
    const grouped = h.rds<DBClusterMessage>('DescribeDBClusters', { Filters: [{ Name: 'clone-group-id', Values: [first.CloneGroupId!] }] }).DBClusters!;
    expect(grouped.map((c) => c.DBClusterIdentifier)).toEqual(['aurora-prod', 'clone-1', 'clone-2']);
    h.advance(6 * MINUTE);
    expect(cluster(h, 'clone-1').Status).toBe('available');
  });
});
