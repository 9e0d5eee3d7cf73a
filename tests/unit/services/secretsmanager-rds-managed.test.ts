import { describe, expect, it } from 'vitest';
import type { DBClusterMessage, DescribeDBClustersMessage, ModifyDBClusterResult } from '@aws-sdk/client-rds';
import type { DescribeSecretResponse, GetSecretValueResponse, ListSecretsResponse } from '@aws-sdk/client-secrets-manager';
import { ACCOUNT_ID, Harness, MINUTE, REGION, expectRefused } from './support/engine-harness';
import { createKmsKey } from './support/kms-fixtures';
import { createCluster } from './support/rds-fixtures';

const CLUSTER_ARN = `arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:aurora-prod`;

function managedCluster(h: Harness, overrides: object = {}) {
  return createCluster(h, { ManageMasterUserPassword: true, MasterUserPassword: undefined, ...overrides });
}

function describeCluster(h: Harness, input: DescribeDBClustersMessage = { DBClusterIdentifier: 'aurora-prod' }) {
  return h.rds<DBClusterMessage>('DescribeDBClusters', input).DBClusters![0];
}

describe('the secret RDS manages for ManageMasterUserPassword', () => {
  it('is a real secret: rds!cluster-<uuid>, owned by rds, tagged with the cluster, holding the credentials', () => {
    const h = new Harness();
    const cluster = managedCluster(h);
    const arn = cluster.MasterUserSecret!.SecretArn!;
    expect(arn).toMatch(new RegExp(`^arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:rds!cluster-[0-9a-f-]{36}-[A-Za-z0-9]{6}$`));
    expect(cluster.MasterUserSecret!.SecretStatus).toBe('creating');

    const described = h.call<DescribeSecretResponse>('secretsmanager', 'DescribeSecret', { SecretId: arn });
    expect(described.Name).toMatch(/^rds!cluster-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(described).toMatchObject({
      ARN: arn,
      OwningService: 'rds',
      RotationEnabled: true,
      Description: `Secret associated with primary RDS DB cluster: ${CLUSTER_ARN}`,
      Tags: [
        { Key: 'aws:rds:primaryDBClusterArn', Value: CLUSTER_ARN },
        { Key: 'aws:secretsmanager:owningService', Value: 'rds' },
      ],
    });
    expect(described.KmsKeyId).toBeUndefined();

    const value = h.call<GetSecretValueResponse>('secretsmanager', 'GetSecretValue', { SecretId: described.Name });
    const credentials = JSON.parse(value.SecretString!) as { username: string; password: string };
    expect(credentials.username).toBe('admin');
    expect(credentials.password).toHaveLength(32);
    expect(credentials.password).toMatch(/^[\x21-\x7e]+$/);
    expect(credentials.password).not.toMatch(/[/"@\\ ]/);

    const owned = h.call<ListSecretsResponse>('secretsmanager', 'ListSecrets', { Filters: [{ Key: 'owning-service', Values: ['rds'] }] });
    expect(owned.SecretList!.map((s) => s.ARN)).toEqual([arn]);
    h.advance(5 * MINUTE);
    expect(describeCluster(h).MasterUserSecret!.SecretStatus).toBe('active');
  });

  it('honours --master-user-secret-kms-key-id', () => {
    const h = new Harness();
    const keyArn = createKmsKey(h);
    const cluster = managedCluster(h, { MasterUserSecretKmsKeyId: keyArn });
    expect(cluster.MasterUserSecret!.KmsKeyId).toBe(keyArn);
    const described = h.call<DescribeSecretResponse>('secretsmanager', 'DescribeSecret', { SecretId: cluster.MasterUserSecret!.SecretArn });
    expect(described.KmsKeyId).toBe(keyArn);
  });

  it('cannot be deleted directly by the learner', () => {
    const h = new Harness();
    const arn = managedCluster(h).MasterUserSecret!.SecretArn!;
    expectRefused(h, 'secretsmanager', 'DeleteSecret', { SecretId: arn, ForceDeleteWithoutRecovery: true }, {
      code: 'InvalidRequestException',
      message: `You can't delete secret ${arn} because it's managed by rds. Use rds to stop managing the secret instead.`,
    });
  });

  it('is deleted when management is turned off with a new password', () => {
    const h = new Harness();
    const arn = managedCluster(h).MasterUserSecret!.SecretArn!;
    h.advance(5 * MINUTE);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', ManageMasterUserPassword: false }, {
      code: 'InvalidParameterCombination',
    });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', MasterUserPassword: 'NewPassword123' }, {
      code: 'InvalidParameterCombination',
    });
    const modified = h.rds<ModifyDBClusterResult>('ModifyDBCluster', {
      DBClusterIdentifier: 'aurora-prod',
      ManageMasterUserPassword: false,
      MasterUserPassword: 'NewPassword123',
      ApplyImmediately: true,
    });
    expect(modified.DBCluster!.MasterUserSecret).toBeUndefined();
    expectRefused(h, 'secretsmanager', 'DescribeSecret', { SecretId: arn }, { code: 'ResourceNotFoundException' });
  });

  it('is created when management is turned on later, and refuses a password alongside', () => {
    const h = new Harness();
    createCluster(h);
    h.advance(5 * MINUTE);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', ManageMasterUserPassword: true, MasterUserPassword: 'NewPassword123' }, {
      code: 'InvalidParameterCombination',
      message: 'You cannot specify MasterUserPassword when ManageMasterUserPassword is turned on.',
    });
    const modified = h.rds<ModifyDBClusterResult>('ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', ManageMasterUserPassword: true, ApplyImmediately: true });
    const arn = modified.DBCluster!.MasterUserSecret!.SecretArn!;
    const value = h.call<GetSecretValueResponse>('secretsmanager', 'GetSecretValue', { SecretId: arn });
    expect(JSON.parse(value.SecretString!)).toMatchObject({ username: 'admin' });
  });

  it('is deleted with its cluster', () => {
    const h = new Harness();
    const arn = managedCluster(h).MasterUserSecret!.SecretArn!;
    h.advance(5 * MINUTE);
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true });
    expect(h.call<DescribeSecretResponse>('secretsmanager', 'DescribeSecret', { SecretId: arn }).ARN).toBe(arn);
    h.advance(10 * MINUTE);
    expectRefused(h, 'secretsmanager', 'DescribeSecret', { SecretId: arn }, { code: 'ResourceNotFoundException' });
  });

  it('lives in the cluster region only', () => {
    const h = new Harness();
    const arn = createCluster(h, { ManageMasterUserPassword: true, MasterUserPassword: undefined }, 'eu-west-1').MasterUserSecret!.SecretArn!;
    expect(arn).toContain(':eu-west-1:');
    expect(h.fails('secretsmanager', 'DescribeSecret', { SecretId: arn }).code).toBe('ResourceNotFoundException');
    expect(h.call<DescribeSecretResponse>('secretsmanager', 'DescribeSecret', { SecretId: arn }, 'eu-west-1').OwningService).toBe('rds');
  });
});
