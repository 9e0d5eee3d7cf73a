import type { DBClusterMessage, DBInstanceMessage, DeleteDBInstanceResult } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, expectRefused } from './support/engine-harness';
import { createCluster, createInstance, instanceInput } from './support/rds-fixtures';
import { createMonitoringRole, trustPolicyFor } from './support/iam-fixtures';

const ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/rds-monitoring-role`;

function describeInstance(h: Harness, id: string) {
  return h.rds<DBInstanceMessage>('DescribeDBInstances', { DBInstanceIdentifier: id }).DBInstances![0];
}

function members(h: Harness, cluster = 'aurora-prod') {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: cluster }).DBClusters![0].DBClusterMembers;
}

/** A cluster with a writer and `readers` readers, all available. */
function clusterWithInstances(h: Harness, readers: number) {
  createCluster(h);
  createInstance(h, { DBInstanceIdentifier: 'writer' });
  for (let i = 1; i <= readers; i++) createInstance(h, { DBInstanceIdentifier: `reader-${i}`, DBInstanceClass: 'db.r5.xlarge' });
  h.advance(10 * MINUTE);
}

describe('CreateDBInstance (Aurora)', () => {
  it('creates the seed writer: creating, cluster-derived settings, monitoring and Performance Insights', () => {
    const h = new Harness();
    createMonitoringRole(h);
    const cluster = createCluster(h, { StorageEncrypted: true, BackupRetentionPeriod: 14, PreferredBackupWindow: '03:00-04:00' });
    const instance = createInstance(h, {
      DBInstanceIdentifier: 'Aurora-MySQL-Writer',
      PubliclyAccessible: false,
      MonitoringInterval: 60,
      MonitoringRoleArn: ROLE,
      EnablePerformanceInsights: true,
      PerformanceInsightsRetentionPeriod: 31,
      Tags: [{ Key: 'Role', Value: 'Writer' }],
    });
    expect(instance).toMatchObject({
      DBInstanceIdentifier: 'aurora-mysql-writer',
      DBInstanceClass: 'db.r5.2xlarge',
      Engine: 'aurora-mysql',
      EngineVersion: '8.0.mysql_aurora.3.02.0',
      DBInstanceStatus: 'creating',
      DBClusterIdentifier: 'aurora-prod',
      MasterUsername: 'admin',
      AllocatedStorage: 1,
      BackupRetentionPeriod: 14,
      PreferredBackupWindow: '03:00-04:00',
      StorageType: 'aurora',
      StorageEncrypted: true,
      KmsKeyId: cluster.KmsKeyId,
      PubliclyAccessible: false,
      PromotionTier: 1,
      MonitoringInterval: 60,
      MonitoringRoleArn: ROLE,
      PerformanceInsightsEnabled: true,
      PerformanceInsightsRetentionPeriod: 31,
      LicenseModel: 'general-public-license',
      DBParameterGroups: [{ DBParameterGroupName: 'default.aurora-mysql8.0', ParameterApplyStatus: 'in-sync' }],
      OptionGroupMemberships: [{ OptionGroupName: 'default:aurora-mysql-8-0', Status: 'in-sync' }],
      VpcSecurityGroups: cluster.VpcSecurityGroups,
      DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:db:aurora-mysql-writer`,
      CACertificateIdentifier: 'rds-ca-rsa2048-g1',
      DeletionProtection: false,
      MultiAZ: false,
      TagList: [{ Key: 'Role', Value: 'Writer' }],
    });
    expect(instance.DbiResourceId).toMatch(/^db-[A-Z0-9]{26}$/);
    expect(instance.Endpoint).toBeUndefined();
    expect(instance.InstanceCreateTime).toBeUndefined();
    expect(instance.EnhancedMonitoringResourceArn).toBe(`arn:aws:logs:us-east-1:${ACCOUNT_ID}:log-group:RDSOSMetrics:log-stream:${instance.DbiResourceId}`);
    expect(instance.PerformanceInsightsKMSKeyId).toMatch(/^arn:aws:kms:us-east-1:/);
    expect(instance.DBSubnetGroup?.DBSubnetGroupName).toBe('default');
    expect(cluster.AvailabilityZones).toContain(instance.AvailabilityZone);
    expect(members(h)).toEqual([{ DBInstanceIdentifier: 'aurora-mysql-writer', IsClusterWriter: true, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 }]);
  });

  it('becomes available after eight minutes with an endpoint, InstanceCreateTime and RDS-EVENT-0005', () => {
    const h = new Harness();
    const cluster = createCluster(h);
    createInstance(h);
    h.advance(7 * MINUTE);
    expect(describeInstance(h, 'aurora-writer').DBInstanceStatus).toBe('creating');
    h.advance(1 * MINUTE);
    const instance = describeInstance(h, 'aurora-writer');
    expect(instance.DBInstanceStatus).toBe('available');
    const suffix = cluster.Endpoint!.split('.')[1].slice('cluster-'.length);
    expect(instance.Endpoint).toEqual({ Address: `aurora-writer.${suffix}.us-east-1.rds.amazonaws.com`, Port: 3306, HostedZoneId: 'Z2R2ITUGPM61AM' });
    expect(instance.InstanceCreateTime).toBeInstanceOf(Date);
    expect(instance.PubliclyAccessible).toBe(true);
    // Cluster and instance events only (the cluster's initial automated snapshot has events of its own).
    const events = h.engine.state.regions['us-east-1'].rds.events
      .filter((e) => e.sourceType !== 'db-cluster-snapshot')
      .map((e) => [e.eventId, e.sourceType, e.sourceIdentifier, e.message]);
    expect(events).toEqual([
      ['RDS-EVENT-0170', 'db-cluster', 'aurora-prod', 'DB cluster created'],
      ['RDS-EVENT-0005', 'db-instance', 'aurora-writer', 'DB instance created'],
    ]);
  });

  it('makes the first instance the writer and later ones readers in other AZs', () => {
    const h = new Harness();
    clusterWithInstances(h, 3);
    const list = members(h)!;
    expect(list.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([
      ['writer', true],
      ['reader-1', false],
      ['reader-2', false],
      ['reader-3', false],
    ]);
    const zones = ['writer', 'reader-1', 'reader-2'].map((id) => describeInstance(h, id).AvailabilityZone);
    expect(new Set(zones).size).toBe(3);
    expect(h.rds<DBClusterMessage>('DescribeDBClusters', {}).DBClusters![0].MultiAZ).toBe(true);
  });

  it('honours AvailabilityZone, PromotionTier and db.serverless on a Serverless v2 cluster', () => {
    const h = new Harness();
    createCluster(h, { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 16 } });
    const instance = createInstance(h, { DBInstanceClass: 'db.serverless', AvailabilityZone: 'us-east-1c', PromotionTier: 0 });
    expect(instance).toMatchObject({ DBInstanceClass: 'db.serverless', AvailabilityZone: 'us-east-1c', PromotionTier: 0 });
  });

  it('waits for a still-creating cluster before becoming available', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h);
    h.advance(3 * MINUTE);
    expect(describeInstance(h, 'aurora-writer').DBInstanceStatus).toBe('creating');
    h.advance(5 * MINUTE);
    expect(describeInstance(h, 'aurora-writer').DBInstanceStatus).toBe('available');
  });

  it('allows at most 16 instances per cluster', () => {
    const h = new Harness();
    createCluster(h);
    for (let i = 0; i < 16; i++) createInstance(h, { DBInstanceIdentifier: `i${i}`, DBInstanceClass: 'db.t4g.medium' });
    expectRefused(h, 'rds', 'CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'i16' }), { code: 'InstanceQuotaExceeded', status: 400 });
  });
});

describe('CreateDBInstance refusals change nothing', () => {
  const cases: [string, Parameters<typeof instanceInput>[0], { code: string; status?: number; message?: string | RegExp }][] = [
    ['bad identifier', { DBInstanceIdentifier: 'writer--1' }, { code: 'InvalidParameterValue', message: /^The parameter DBInstanceIdentifier is not a valid identifier/ }],
    ['no cluster', { DBClusterIdentifier: undefined }, { code: 'InvalidParameterCombination' }],
    ['unknown cluster', { DBClusterIdentifier: 'ghost' }, { code: 'DBClusterNotFoundFault', status: 404, message: 'DBCluster ghost not found.' }],
    ['engine mismatch', { Engine: 'aurora-postgresql' }, { code: 'InvalidParameterCombination', message: /does not match the engine name of your DB cluster/ }],
    ['non-Aurora engine', { Engine: 'postgres' }, { code: 'InvalidParameterValue', message: /not available in this Aurora Lab sandbox/ }],
    ['version mismatch', { EngineVersion: '8.0.mysql_aurora.3.04.0' }, { code: 'InvalidParameterCombination', message: /does not match the engine version of your DB cluster/ }],
    [
      'unknown class',
      { DBInstanceClass: 'db.t2.micro' },
      {
        code: 'InvalidParameterCombination',
        message:
          'RDS does not support creating a DB instance with the following combination: DBInstanceClass=db.t2.micro, Engine=aurora-mysql, EngineVersion=8.0.mysql_aurora.3.02.0, LicenseModel=general-public-license. For supported combinations of instance class and database engine version, see the documentation.',
      },
    ],
    ['t3.small on MySQL 3', { DBInstanceClass: 'db.t3.small' }, { code: 'InvalidParameterCombination' }],
    ['r7g before 3.03.1', { DBInstanceClass: 'db.r7g.large' }, { code: 'InvalidParameterCombination' }],
    ['db.serverless without v2 scaling', { DBInstanceClass: 'db.serverless' }, { code: 'InvalidParameterCombination', message: /Serverless v2 scaling configuration/ }],
    ['master password', { MasterUserPassword: 'SecurePassword123!' }, { code: 'InvalidParameterCombination', message: 'The requested DB Instance will be a member of a DB Cluster. Set master user password for the DB Cluster.' }],
    ['backup retention', { BackupRetentionPeriod: 7 }, { code: 'InvalidParameterCombination', message: 'The requested DB Instance will be a member of a DB Cluster. Set backup retention period for the DB Cluster.' }],
    ['security groups', { VpcSecurityGroupIds: ['sg-12345678'] }, { code: 'InvalidParameterCombination', message: 'The requested DB Instance will be a member of a DB Cluster. Set vpc security group for the DB Cluster.' }],
    ['AZ outside subnet group', { AvailabilityZone: 'us-east-1f' }, { code: 'InvalidParameterCombination' }],
    ['promotion tier 16', { PromotionTier: 16 }, { code: 'InvalidParameterValue' }],
    ['monitoring interval 7', { MonitoringInterval: 7, MonitoringRoleArn: ROLE }, { code: 'InvalidParameterValue' }],
    ['monitoring without role', { MonitoringInterval: 60 }, { code: 'InvalidParameterCombination', message: 'A MonitoringRoleARN value is required if you specify a MonitoringInterval value other than 0.' }],
    [
      'a monitoring role that does not exist in IAM',
      { MonitoringInterval: 60, MonitoringRoleArn: ROLE },
      { code: 'InvalidParameterValue', message: 'IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING' },
    ],
    [
      'placeholder role ARN from the seed',
      { MonitoringInterval: 60, MonitoringRoleArn: 'arn:aws:iam::account:role/rds-monitoring-role' },
      { code: 'InvalidParameterValue', message: 'IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING' },
    ],
    ['PI retention 30', { EnablePerformanceInsights: true, PerformanceInsightsRetentionPeriod: 30 }, { code: 'InvalidParameterValue' }],
    ['unknown parameter group', { DBParameterGroupName: 'custom' }, { code: 'DBParameterGroupNotFound', status: 404 }],
  ];

  for (const [name, overrides, expected] of cases) {
    it(name, () => {
      const h = new Harness();
      createCluster(h);
      expectRefused(h, 'rds', 'CreateDBInstance', instanceInput(overrides), expected);
    });
  }

  it('a monitoring role that RDS cannot assume', () => {
    const h = new Harness();
    createCluster(h);
    h.call('iam', 'CreateRole', { RoleName: 'rds-monitoring-role', AssumeRolePolicyDocument: trustPolicyFor('ec2.amazonaws.com') });
    expectRefused(h, 'rds', 'CreateDBInstance', instanceInput({ MonitoringInterval: 60, MonitoringRoleArn: ROLE }), {
      code: 'InvalidParameterValue',
      message: 'IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING',
    });
  });

  it('a duplicate instance identifier', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h);
    expectRefused(h, 'rds', 'CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'AURORA-WRITER' }), {
      code: 'DBInstanceAlreadyExists',
      status: 400,
      message: 'DB instance already exists',
    });
  });

  it('a cluster that is being deleted', () => {
    const h = new Harness();
    createCluster(h);
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true });
    expectRefused(h, 'rds', 'CreateDBInstance', instanceInput(), { code: 'InvalidDBClusterStateFault' });
  });
});

describe('DescribeDBInstances', () => {
  it('filters by db-cluster-id, db-instance-id and engine; pages; reports not found', () => {
    const h = new Harness();
    clusterWithInstances(h, 2);
    createCluster(h, { DBClusterIdentifier: 'other' });
    createInstance(h, { DBInstanceIdentifier: 'other-1', DBClusterIdentifier: 'other' });
    const all = h.rds<DBInstanceMessage>('DescribeDBInstances', {}).DBInstances!;
    expect(all.map((i) => i.DBInstanceIdentifier)).toEqual(['other-1', 'reader-1', 'reader-2', 'writer']);
    const inCluster = h.rds<DBInstanceMessage>('DescribeDBInstances', { Filters: [{ Name: 'db-cluster-id', Values: ['aurora-prod'] }] });
    expect(inCluster.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['reader-1', 'reader-2', 'writer']);
    const byArn = h.rds<DBInstanceMessage>('DescribeDBInstances', {
      Filters: [{ Name: 'db-instance-id', Values: [`arn:aws:rds:us-east-1:${ACCOUNT_ID}:db:writer`] }],
    });
    expect(byArn.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['writer']);
    const byEngine = h.rds<DBInstanceMessage>('DescribeDBInstances', { Filters: [{ Name: 'engine', Values: ['aurora-postgresql'] }] });
    expect(byEngine.DBInstances).toEqual([]);
    expectRefused(h, 'rds', 'DescribeDBInstances', { DBInstanceIdentifier: 'ghost' }, { code: 'DBInstanceNotFound', status: 404, message: 'DBInstance ghost not found.' });
    expectRefused(h, 'rds', 'DescribeDBInstances', { Filters: [{ Name: 'db-instance-id', Values: ['lax--temp2'] }] }, {
      code: 'InvalidParameterValue',
      message: /^The parameter Filter: db-instance-id is not a valid identifier/,
    });
    expectRefused(h, 'rds', 'DescribeDBInstances', { MaxRecords: 19 }, { code: 'InvalidParameterValue' });
  });
});

describe('DeleteDBInstance', () => {
  it('deletes a reader: deleting, then gone with RDS-EVENT-0003 and out of the cluster', () => {
    const h = new Harness();
    clusterWithInstances(h, 1);
    const { DBInstance } = h.rds<DeleteDBInstanceResult>('DeleteDBInstance', { DBInstanceIdentifier: 'reader-1' });
    expect(DBInstance?.DBInstanceStatus).toBe('deleting');
    expect(members(h)?.map((m) => m.DBInstanceIdentifier)).toEqual(['writer', 'reader-1']);
    h.advance(4 * MINUTE);
    expect(members(h)?.map((m) => m.DBInstanceIdentifier)).toEqual(['writer']);
    expectRefused(h, 'rds', 'DescribeDBInstances', { DBInstanceIdentifier: 'reader-1' }, { code: 'DBInstanceNotFound' });
    expect(h.engine.state.regions['us-east-1'].rds.events.at(-1)).toMatchObject({
      eventId: 'RDS-EVENT-0003',
      sourceType: 'db-instance',
      sourceIdentifier: 'reader-1',
      message: 'DB instance deleted',
      eventCategories: ['deletion'],
    });
  });

  it('fails over to the reader with the lowest promotion tier when the writer is deleted', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h, { DBInstanceIdentifier: 'writer' });
    createInstance(h, { DBInstanceIdentifier: 'reader-a', PromotionTier: 5 });
    createInstance(h, { DBInstanceIdentifier: 'reader-b', PromotionTier: 0 });
    h.advance(10 * MINUTE);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' });
    const started = h.engine.state.regions['us-east-1'].rds.events.at(-1)!;
    expect(started.eventId).toMatch(/^RDS-EVENT-007[23]$/);
    expect(started.message).toMatch(/failover to DB instance: reader-b$/);
    expect(members(h)?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier).toBe('writer');
    h.advance(30_000);
    expect(members(h)?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier).toBe('reader-b');
    expect(h.engine.state.regions['us-east-1'].rds.events.at(-1)).toMatchObject({
      eventId: 'RDS-EVENT-0071',
      sourceType: 'db-cluster',
      message: 'Completed failover to DB instance: reader-b',
    });
    h.advance(4 * MINUTE);
    expect(members(h)?.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([
      ['reader-a', false],
      ['reader-b', true],
    ]);
  });

  it('breaks a promotion-tier tie by the larger instance class when the writer is deleted', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h, { DBInstanceIdentifier: 'writer' });
    createInstance(h, { DBInstanceIdentifier: 'small-reader', PromotionTier: 1, DBInstanceClass: 'db.r6g.large' });
    createInstance(h, { DBInstanceIdentifier: 'big-reader', PromotionTier: 1, DBInstanceClass: 'db.r6g.2xlarge' });
    h.advance(10 * MINUTE);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' });
    h.advance(30_000);
    expect(members(h)?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier).toBe('big-reader');
  });

  it('leaves a cluster without a writer when its only instance goes, and the next instance becomes writer', () => {
    const h = new Harness();
    clusterWithInstances(h, 0);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' });
    h.advance(4 * MINUTE);
    expect(members(h)).toEqual([]);
    createInstance(h, { DBInstanceIdentifier: 'new-writer' });
    expect(members(h)?.[0]).toMatchObject({ DBInstanceIdentifier: 'new-writer', IsClusterWriter: true });
  });

  it('lets the cluster be deleted once its instances are deleting; the cluster goes after them', () => {
    const h = new Harness();
    clusterWithInstances(h, 1);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'reader-1' });
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' });
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true });
    h.advance(2 * MINUTE);
    expect(h.rds<DBClusterMessage>('DescribeDBClusters', {}).DBClusters?.[0].Status).toBe('deleting');
    h.advance(3 * MINUTE);
    expect(h.rds<DBClusterMessage>('DescribeDBClusters', {}).DBClusters).toEqual([]);
    const ids = h.engine.state.regions['us-east-1'].rds.events.slice(-3).map((e) => e.eventId);
    expect(ids).toEqual(['RDS-EVENT-0003', 'RDS-EVENT-0003', 'RDS-EVENT-0171']);
  });

  it('can delete an instance that is still being created, and its name can be reused safely', () => {
    const h = new Harness();
    createCluster(h);
    createInstance(h);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'aurora-writer' });
    h.advance(4 * MINUTE);
    const again = createInstance(h);
    // The first instance's pending "available" (due at 8 min) must not touch the new one.
    h.advance(5 * MINUTE);
    expect(describeInstance(h, 'aurora-writer')).toMatchObject({ DBInstanceStatus: 'creating', DbiResourceId: again.DbiResourceId });
    h.advance(3 * MINUTE);
    expect(describeInstance(h, 'aurora-writer').DBInstanceStatus).toBe('available');
  });

  it('refuses unknown, already-deleting and final-snapshot deletions', () => {
    const h = new Harness();
    clusterWithInstances(h, 0);
    expectRefused(h, 'rds', 'DeleteDBInstance', { DBInstanceIdentifier: 'ghost' }, { code: 'DBInstanceNotFound', status: 404, message: 'DBInstance ghost not found.' });
    expectRefused(h, 'rds', 'DeleteDBInstance', { DBInstanceIdentifier: 'writer', FinalDBSnapshotIdentifier: 'snap' }, {
      code: 'InvalidParameterCombination',
      message: 'FinalDBSnapshotIdentifier cannot be specified when deleting a cluster instance',
    });
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer', SkipFinalSnapshot: true });
    expectRefused(h, 'rds', 'DeleteDBInstance', { DBInstanceIdentifier: 'writer' }, {
      code: 'InvalidDBInstanceState',
      status: 400,
      message: 'Instance writer is already being deleted.',
    });
  });
});
