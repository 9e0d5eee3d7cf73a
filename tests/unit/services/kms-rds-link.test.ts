import type { DescribeKeyResponse, ListAliasesResponse, ListKeysResponse } from '@aws-sdk/client-kms';
import type { DBClusterMessage, DBInstanceMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { replayActions } from '@/engine/sandbox/replay-actions';
import type { SandboxAction } from '@/engine/sandbox/sandbox-action';
import { ACCOUNT_ID, expectRefused, Harness, identity, MINUTE, REGION, START } from './support/engine-harness';
import { createKmsKey } from './support/kms-fixtures';
import { clusterInput, createCluster, createInstance } from './support/rds-fixtures';

function describeCluster(h: Harness) {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: 'aurora-prod' }).DBClusters![0];
}

function describeInstance(h: Harness) {
  return h.rds<DBInstanceMessage>('DescribeDBInstances', { DBInstanceIdentifier: 'aurora-writer' }).DBInstances![0];
}

const notAccessible = (key: string) =>
  `The specified KMS key [${key}] does not exist, is not enabled or you do not have permissions to access it.`;

describe('RDS uses KMS keys strictly', () => {
  it('refuses an alias, key id or key ARN that KMS does not have', () => {
    const h = new Harness();
    for (const key of ['alias/aurora-encryption-key', '1234abcd-12ab-34cd-56ef-1234567890ab', `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, 'alias/aws/ebs']) {
      expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ StorageEncrypted: true, KmsKeyId: key }), {
        code: 'KMSKeyNotAccessibleFault',
        status: 400,
        message: notAccessible(key),
      });
    }
  });

  it('accepts the key by alias, alias ARN, id or ARN and keeps the key ARN', () => {
    const h = new Harness();
    const keyArn = createKmsKey(h, 'alias/aurora-encryption-key');
    const keyId = keyArn.split('/')[1];
    const references = ['alias/aurora-encryption-key', `arn:aws:kms:${REGION}:${ACCOUNT_ID}:alias/aurora-encryption-key`, keyId, keyArn];
    references.forEach((reference, i) => {
      const cluster = createCluster(h, { DBClusterIdentifier: `c${i}`, StorageEncrypted: true, KmsKeyId: reference });
      expect(cluster.KmsKeyId).toBe(keyArn);
    });
  });

  it('refuses a disabled key and one pending deletion', () => {
    const h = new Harness();
    const disabled = createKmsKey(h, 'alias/off');
    h.call('kms', 'DisableKey', { KeyId: disabled });
    const doomed = createKmsKey(h, 'alias/doomed');
    h.call('kms', 'ScheduleKeyDeletion', { KeyId: doomed, PendingWindowInDays: 7 });
    for (const key of ['alias/off', doomed]) {
      expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ StorageEncrypted: true, KmsKeyId: key }), { code: 'KMSKeyNotAccessibleFault', message: notAccessible(key) });
    }
  });

  it('StorageEncrypted without a key uses aws/rds, which KMS then has as an AWS managed key', () => {
    const h = new Harness();
    const before = h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: 'alias/aws/rds' }).KeyMetadata!;
    expect(h.call<ListKeysResponse>('kms', 'ListKeys', {}).Keys).toEqual([]);
    const cluster = createCluster(h, { StorageEncrypted: true });
    expect(cluster.KmsKeyId).toBe(before.Arn);
    const managed = h.call<DescribeKeyResponse>('kms', 'DescribeKey', { KeyId: cluster.KmsKeyId }).KeyMetadata!;
    expect(managed).toMatchObject({ KeyManager: 'AWS', KeyState: 'Enabled', CreationDate: new Date(h.now - 1000) });
    expect(h.call<ListKeysResponse>('kms', 'ListKeys', {}).Keys).toEqual([{ KeyId: managed.KeyId, KeyArn: managed.Arn }]);
    const aliases = h.call<ListAliasesResponse>('kms', 'ListAliases', { KeyId: managed.KeyId }).Aliases!;
    expect(aliases).toEqual([expect.objectContaining({ AliasName: 'alias/aws/rds', TargetKeyId: managed.KeyId })]);
    // A second encrypted cluster reuses the same key.
    expect(createCluster(h, { DBClusterIdentifier: 'second', StorageEncrypted: true }).KmsKeyId).toBe(managed.Arn);
    expect(h.call<ListKeysResponse>('kms', 'ListKeys', {}).Keys).toHaveLength(1);
  });

  it('a refused encrypted CreateDBCluster does not create the aws/rds key', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ StorageEncrypted: true, Port: 99999 }), { code: 'InvalidParameterValue' });
    expect(h.call<ListKeysResponse>('kms', 'ListKeys', {}).Keys).toEqual([]);
  });

  it('a cluster whose key is disabled or pending deletion is inaccessible-encryption-credentials until the key is usable again', () => {
    const h = new Harness();
    const keyArn = createKmsKey(h, 'alias/aurora-encryption-key');
    createCluster(h, { StorageEncrypted: true, KmsKeyId: 'alias/aurora-encryption-key' });
    createInstance(h);
    h.advance(15 * MINUTE);
    expect(describeCluster(h).Status).toBe('available');
    h.call('kms', 'ScheduleKeyDeletion', { KeyId: keyArn, PendingWindowInDays: 7 });
    expect(describeCluster(h).Status).toBe('inaccessible-encryption-credentials');
    expect(describeInstance(h).DBInstanceStatus).toBe('inaccessible-encryption-credentials');
    h.call('kms', 'CancelKeyDeletion', { KeyId: keyArn });
    expect(describeCluster(h).Status).toBe('inaccessible-encryption-credentials');
    h.call('kms', 'EnableKey', { KeyId: keyArn });
    expect(describeCluster(h).Status).toBe('available');
    expect(describeInstance(h).DBInstanceStatus).toBe('available');
    h.call('kms', 'ScheduleKeyDeletion', { KeyId: keyArn, PendingWindowInDays: 7 });
    h.advance(8 * 24 * 60 * MINUTE);
    expect(describeCluster(h).Status).toBe('inaccessible-encryption-credentials');
  });
});

describe('KMS state rebuilds from the log', () => {
  it('replaying the writes alone (reads such as DescribeKey alias/aws/rds left out) gives the same KMS and RDS state', () => {
    const h = new Harness('kms-replay');
    const log: SandboxAction[] = [];
    let seq = 0;
    const call = (service: 'kms' | 'rds', operation: string, request: object, logged: boolean) => {
      const input = { ...request } as Record<string, unknown>;
      let outcome = 'ok';
      try {
        h.call(service, operation, input);
      } catch (error) {
        outcome = (error as { code: string }).code;
      }
      if (logged) log.push({ kind: 'request', seq: ++seq, at: h.now, source: 'cli', service, operation, region: REGION, input, outcome });
    };
    call('kms', 'DescribeKey', { KeyId: 'alias/aws/rds' }, false);
    call('kms', 'ListAliases', {}, false);
    call('kms', 'CreateKey', { Description: 'k' }, true);
    const keyId = Object.keys(h.engine.state.regions[REGION].kms.keys)[0];
    call('kms', 'CreateAlias', { AliasName: 'alias/app', TargetKeyId: keyId }, true);
    call('rds', 'CreateDBCluster', clusterInput({ StorageEncrypted: true }), true);
    call('rds', 'CreateDBCluster', clusterInput({ DBClusterIdentifier: 'app', StorageEncrypted: true, KmsKeyId: 'alias/app' }), true);
    call('kms', 'DescribeKey', { KeyId: 'alias/aws/rds' }, false);
    call('kms', 'ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, true);
    call('kms', 'ScheduleKeyDeletion', { KeyId: 'alias/aws/rds' }, true);
    h.advance(8 * 24 * 60 * MINUTE);
    log.push({ kind: 'clock', seq: ++seq, at: h.now - 8 * 24 * 60 * MINUTE, source: 'api', advanceMs: 8 * 24 * 60 * MINUTE });
    const replayed = replayActions(identity('kms-replay'), START, log);
    replayed.advanceTo(h.now);
    expect(replayed.state.regions[REGION].kms).toEqual(h.engine.state.regions[REGION].kms);
    expect(replayed.state.regions[REGION].rds).toEqual(h.engine.state.regions[REGION].rds);
    expect(Object.keys(h.engine.state.regions[REGION].kms.keys)).toHaveLength(1);
  });
});
