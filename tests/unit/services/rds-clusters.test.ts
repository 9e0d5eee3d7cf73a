import type { DBClusterMessage, DeleteDBClusterResult } from '@aws-sdk/client-rds';
import type { DescribeSecurityGroupsResult } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, START, expectRefused } from './support/engine-harness';
import { createKmsKey } from './support/kms-fixtures';
import { clusterInput, createCluster, createInstance, defaultSubnets } from './support/rds-fixtures';

const IDENTIFIER_MESSAGE =
  'The parameter DBClusterIdentifier is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.';

function describeCluster(h: Harness, id = 'aurora-prod') {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: id }).DBClusters![0];
}

describe('CreateDBCluster', () => {
  it('creates the seed cluster as `creating` with AWS defaults and shapes', () => {
    const h = new Harness();
    const sg = h.ec2<DescribeSecurityGroupsResult>('DescribeSecurityGroups', {}).SecurityGroups![0].GroupId;
    const keyArn = createKmsKey(h, 'alias/aurora-encryption-key');
    const cluster = createCluster(h, {
      DBClusterIdentifier: 'Aurora-MySQL-Prod',
      BackupRetentionPeriod: 14,
      PreferredBackupWindow: '03:00-04:00',
      PreferredMaintenanceWindow: 'Sun:04:00-Sun:05:00',
      StorageEncrypted: true,
      KmsKeyId: 'alias/aurora-encryption-key',
      EnableCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
      BacktrackWindow: 72,
      DeletionProtection: true,
      Tags: [{ Key: 'Environment', Value: 'Production' }],
    });
    expect(cluster).toMatchObject({
      DBClusterIdentifier: 'aurora-mysql-prod',
      Status: 'creating',
      Engine: 'aurora-mysql',
      EngineVersion: '8.0.mysql_aurora.3.02.0',
      EngineMode: 'provisioned',
      AllocatedStorage: 1,
      Port: 3306,
      MasterUsername: 'admin',
      BackupRetentionPeriod: 14,
      PreferredBackupWindow: '03:00-04:00',
      PreferredMaintenanceWindow: 'sun:04:00-sun:05:00',
      DBClusterParameterGroup: 'default.aurora-mysql8.0',
      DBSubnetGroup: 'default',
      AvailabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      VpcSecurityGroups: [{ VpcSecurityGroupId: sg, Status: 'active' }],
      StorageEncrypted: true,
      DeletionProtection: true,
      BacktrackWindow: 72,
      EnabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
      DBClusterMembers: [],
      MultiAZ: false,
      HttpEndpointEnabled: false,
      IAMDatabaseAuthenticationEnabled: false,
      CopyTagsToSnapshot: false,
      HostedZoneId: 'Z2R2ITUGPM61AM',
      DBClusterArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster:aurora-mysql-prod`,
      TagList: [{ Key: 'Environment', Value: 'Production' }],
      ReadReplicaIdentifiers: [],
      AssociatedRoles: [],
    });
    expect(cluster.DbClusterResourceId).toMatch(/^cluster-[A-Z0-9]{26}$/);
    expect(cluster.Endpoint).toMatch(/^aurora-mysql-prod\.cluster-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    const suffix = cluster.Endpoint!.split('.')[1].slice('cluster-'.length);
    expect(cluster.ReaderEndpoint).toBe(`aurora-mysql-prod.cluster-ro-${suffix}.us-east-1.rds.amazonaws.com`);
    expect(cluster.KmsKeyId).toBe(keyArn);
    expect(cluster.ClusterCreateTime).toEqual(new Date(START + 4000));
    expect(cluster.EarliestRestorableTime).toBeUndefined();
  });

  it('fills defaults: version, windows inside the region block, retention 1, default SG, unencrypted', () => {
    const h = new Harness();
    const cluster = createCluster(h, { EngineVersion: undefined });
    expect(cluster.EngineVersion).toBe('8.0.mysql_aurora.3.10.0');
    expect(cluster.BackupRetentionPeriod).toBe(1);
    expect(cluster.StorageEncrypted).toBe(false);
    expect(cluster.KmsKeyId).toBeUndefined();
    const [start, end] = cluster.PreferredBackupWindow!.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
    expect(end - start).toBe(30);
    expect(start).toBeGreaterThanOrEqual(3 * 60);
    expect(end).toBeLessThanOrEqual(11 * 60);
    expect(cluster.PreferredMaintenanceWindow).toMatch(/^(mon|tue|wed|thu|fri|sat|sun):\d\d:\d\d-(mon|tue|wed|thu|fri|sat|sun):\d\d:\d\d$/);
  });

  it('resolves major-only versions and Aurora PostgreSQL defaults', () => {
    const h = new Harness();
    expect(createCluster(h, { DBClusterIdentifier: 'm57', EngineVersion: '5.7' }).EngineVersion).toBe('5.7.mysql_aurora.2.12.6');
    const pg = createCluster(h, { DBClusterIdentifier: 'pg', Engine: 'aurora-postgresql', EngineVersion: undefined, MasterUsername: 'postgres' });
    expect(pg).toMatchObject({ EngineVersion: '16.4', Port: 5432, DBClusterParameterGroup: 'default.aurora-postgresql16' });
    const pg13 = createCluster(h, { DBClusterIdentifier: 'pg13', Engine: 'aurora-postgresql', EngineVersion: '13.12', MasterUsername: 'master' });
    expect(pg13.EngineVersion).toBe('13.12');
  });

  it('becomes available after three virtual minutes and records RDS-EVENT-0170', () => {
    const h = new Harness();
    createCluster(h);
    h.advance(2 * MINUTE);
    expect(describeCluster(h).Status).toBe('creating');
    h.advance(1 * MINUTE);
    const cluster = describeCluster(h);
    expect(cluster.Status).toBe('available');
    expect(cluster.EarliestRestorableTime).toEqual(new Date(START + 1000 + 3 * MINUTE));
    expect(cluster.LatestRestorableTime).toBeInstanceOf(Date);
    // The cluster's own events (its initial automated snapshot has events of its own).
    expect(h.engine.state.regions['us-east-1'].rds.events.filter((e) => e.sourceType === 'db-cluster')).toEqual([
      {
        eventId: 'RDS-EVENT-0170',
        sourceType: 'db-cluster',
        sourceIdentifier: 'aurora-prod',
        sourceArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster:aurora-prod`,
        message: 'DB cluster created',
        eventCategories: ['creation'],
        date: START + 1000 + 3 * MINUTE,
      },
    ]);
  });

  it('uses one endpoint suffix per sandbox and region', () => {
    const h = new Harness();
    const a = createCluster(h, { DBClusterIdentifier: 'a' });
    const b = createCluster(h, { DBClusterIdentifier: 'b' });
    const west = createCluster(h, { DBClusterIdentifier: 'a' }, 'us-west-2');
    const suffix = (endpoint?: string) => endpoint!.split('.')[1];
    expect(suffix(a.Endpoint)).toBe(suffix(b.Endpoint));
    expect(suffix(west.Endpoint)).not.toBe(suffix(a.Endpoint));
    expect(west.Endpoint).toMatch(/\.us-west-2\.rds\.amazonaws\.com$/);
    expect(west.HostedZoneId).toBe('Z1PVIF0B656C1W');
    expect(new Harness('another-seed').rds<{ DBCluster: { Endpoint: string } }>('CreateDBCluster', clusterInput({ DBClusterIdentifier: 'a' })).DBCluster.Endpoint).not.toBe(a.Endpoint);
  });

  it('creates an RDS-managed master secret with ManageMasterUserPassword', () => {
    const h = new Harness();
    const cluster = createCluster(h, { MasterUserPassword: undefined, ManageMasterUserPassword: true });
    expect(cluster.MasterUserSecret?.SecretArn).toMatch(new RegExp(`^arn:aws:secretsmanager:us-east-1:${ACCOUNT_ID}:secret:rds!cluster-[0-9a-f-]{36}-[A-Za-z0-9]{6}$`));
    expect(cluster.MasterUserSecret?.SecretStatus).toBe('creating');
    h.advance(3 * MINUTE);
    expect(describeCluster(h).MasterUserSecret?.SecretStatus).toBe('active');
  });

  it('keeps exam-era Serverless v1 usable, with its scaling defaults and a v1 version', () => {
    const h = new Harness();
    const cluster = createCluster(h, {
      DBClusterIdentifier: 'aurora-serverless-dev',
      EngineVersion: undefined,
      EngineMode: 'serverless',
      ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 64, AutoPause: true, SecondsUntilAutoPause: 3600, TimeoutAction: 'ForceApplyCapacityChange', SecondsBeforeTimeout: 300 },
      EnableHttpEndpoint: true,
    });
    expect(cluster).toMatchObject({
      EngineMode: 'serverless',
      EngineVersion: '5.7.mysql_aurora.2.11.4',
      StorageEncrypted: true,
      HttpEndpointEnabled: true,
      ScalingConfigurationInfo: { MinCapacity: 2, MaxCapacity: 64, AutoPause: true, SecondsUntilAutoPause: 3600, TimeoutAction: 'ForceApplyCapacityChange', SecondsBeforeTimeout: 300 },
    });
    expectRefused(h, 'rds', 'CreateDBInstance', {
      DBInstanceIdentifier: 'x', DBInstanceClass: 'db.r5.large', Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-serverless-dev',
    }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ DBClusterIdentifier: 'v1', EngineMode: 'serverless' }), {
      code: 'InvalidParameterCombination',
      message: 'The engine mode serverless you requested is currently unavailable.',
    });
  });

  it('stores a Serverless v2 scaling configuration for versions that support it', () => {
    const h = new Harness();
    const cluster = createCluster(h, { DBClusterIdentifier: 'aurora-serverless-v2', ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 128 } });
    expect(cluster.ServerlessV2ScalingConfiguration).toEqual({ MinCapacity: 0.5, MaxCapacity: 128 });
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ DBClusterIdentifier: 'z', ServerlessV2ScalingConfiguration: { MinCapacity: 0, MaxCapacity: 8 } }), {
      code: 'InvalidParameterCombination',
    });
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ DBClusterIdentifier: 'z', ServerlessV2ScalingConfiguration: { MinCapacity: 0.7, MaxCapacity: 8 } }), {
      code: 'InvalidParameterValue',
    });
  });

  it('names a created subnet group and a security group of its VPC', () => {
    const h = new Harness();
    const subnets = defaultSubnets(h);
    h.rds('CreateDBSubnetGroup', { DBSubnetGroupName: 'aurora-subnet-group', DBSubnetGroupDescription: 'd', SubnetIds: [subnets[1].SubnetId, subnets[2].SubnetId] });
    const cluster = createCluster(h, { DBSubnetGroupName: 'aurora-subnet-group' });
    expect(cluster.DBSubnetGroup).toBe('aurora-subnet-group');
    expect(cluster.AvailabilityZones).toEqual(['us-east-1b', 'us-east-1c']);
  });
});

describe('CreateDBCluster refusals change nothing', () => {
  const cases: [string, Parameters<typeof clusterInput>[0], { code: string; status?: number; message?: string | RegExp }][] = [
    ['leading digit', { DBClusterIdentifier: '1cluster' }, { code: 'InvalidParameterValue', status: 400, message: IDENTIFIER_MESSAGE }],
    ['trailing hyphen', { DBClusterIdentifier: 'cluster-' }, { code: 'InvalidParameterValue', message: IDENTIFIER_MESSAGE }],
    ['double hyphen', { DBClusterIdentifier: 'my--cluster' }, { code: 'InvalidParameterValue', message: IDENTIFIER_MESSAGE }],
    ['underscore', { DBClusterIdentifier: 'my_cluster' }, { code: 'InvalidParameterValue', message: IDENTIFIER_MESSAGE }],
    ['64 characters', { DBClusterIdentifier: `a${'b'.repeat(63)}` }, { code: 'InvalidParameterValue', message: IDENTIFIER_MESSAGE }],
    ['empty', { DBClusterIdentifier: '' }, { code: 'InvalidParameterValue', message: IDENTIFIER_MESSAGE }],
    ['RDS for MySQL', { Engine: 'mysql' }, { code: 'InvalidParameterValue', message: /not available in this Aurora Lab sandbox/ }],
    ['unknown engine', { Engine: 'cassandra' }, { code: 'InvalidParameterValue', message: 'Invalid DB engine: cassandra' }],
    ['unknown version', { EngineVersion: '8.0.mysql_aurora.9.99.9' }, { code: 'InvalidParameterCombination', message: 'Cannot find version 8.0.mysql_aurora.9.99.9 for aurora-mysql' }],
    ['PG version on MySQL', { EngineVersion: '16.4' }, { code: 'InvalidParameterCombination', message: 'Cannot find version 16.4 for aurora-mysql' }],
    ['no username', { MasterUsername: undefined }, { code: 'InvalidParameterValue', message: 'The parameter MasterUsername must be provided and must not be blank.' }],
    ['username digit first', { MasterUsername: '1admin' }, { code: 'InvalidParameterValue' }],
    ['username 17 chars', { MasterUsername: 'a'.repeat(17) }, { code: 'InvalidParameterValue' }],
    ['reserved username', { MasterUsername: 'rdsadmin' }, { code: 'InvalidParameterValue', message: 'MasterUsername rdsadmin cannot be used as it is a reserved word used by the engine' }],
    ['no password', { MasterUserPassword: undefined }, { code: 'InvalidParameterValue', message: 'The parameter MasterUserPassword must be provided and must not be blank.' }],
    ['short password', { MasterUserPassword: 'short' }, { code: 'InvalidParameterValue', message: 'The parameter MasterUserPassword is not a valid password because it is shorter than 8 characters.' }],
    ['long password', { MasterUserPassword: 'x'.repeat(42) }, { code: 'InvalidParameterValue', message: 'The parameter MasterUserPassword is not a valid password because it is longer than 41 characters.' }],
    ['password with @', { MasterUserPassword: 'pass@word1' }, { code: 'InvalidParameterValue', message: /Only printable ASCII characters besides/ }],
    ['password with space', { MasterUserPassword: 'pass word1' }, { code: 'InvalidParameterValue', message: /Only printable ASCII characters besides/ }],
    ['password and managed', { ManageMasterUserPassword: true }, { code: 'InvalidParameterCombination' }],
    ['retention 0', { BackupRetentionPeriod: 0 }, { code: 'InvalidParameterValue', message: 'Invalid backup retention period: 0. Retention period must be between 1 and 35.' }],
    ['retention 36', { BackupRetentionPeriod: 36 }, { code: 'InvalidParameterValue' }],
    ['backup window format', { PreferredBackupWindow: '0300-0400' }, { code: 'InvalidParameterValue', message: /^Invalid backup window time '0300'/ }],
    ['backup window too short', { PreferredBackupWindow: '03:00-03:10' }, { code: 'InvalidParameterValue', message: 'Backup window must be at least 30 minutes.' }],
    ['windows overlap', { PreferredBackupWindow: '03:00-04:00', PreferredMaintenanceWindow: 'sun:03:30-sun:04:30' }, { code: 'InvalidParameterValue', message: 'The backup window and maintenance window must not overlap.' }],
    ['maintenance format', { PreferredMaintenanceWindow: 'funday:03:00-funday:04:00' }, { code: 'InvalidParameterValue' }],
    ['port too low', { Port: 80 }, { code: 'InvalidParameterValue' }],
    ['unknown subnet group', { DBSubnetGroupName: 'aurora-subnet-group' }, { code: 'DBSubnetGroupNotFoundFault', status: 404 }],
    ['unknown security group', { VpcSecurityGroupIds: ['sg-12345678'] }, { code: 'InvalidParameterValue', message: 'Invalid security group , groupId= sg-12345678, groupName=.' }],
    ['KmsKeyId unencrypted', { KmsKeyId: 'alias/aurora-encryption-key' }, { code: 'InvalidParameterCombination' }],
    ['key of another region', { StorageEncrypted: true, KmsKeyId: `arn:aws:kms:eu-west-1:${ACCOUNT_ID}:key/11111111-2222-3333-4444-555555555555` }, { code: 'KMSKeyNotAccessibleFault', status: 400 }],
    ['log type', { EnableCloudwatchLogsExports: ['postgresql'] }, { code: 'InvalidParameterCombination' }],
    ['backtrack too long', { BacktrackWindow: 259_201 }, { code: 'InvalidParameterValue' }],
    ['unknown parameter group', { DBClusterParameterGroupName: 'aurora-mysql-8-0' }, { code: 'DBClusterParameterGroupNotFound', status: 404 }],
    ['wrong family parameter group', { DBClusterParameterGroupName: 'default.aurora-mysql5.7' }, { code: 'InvalidParameterCombination' }],
    ['multi-master on PostgreSQL', { Engine: 'aurora-postgresql', EngineVersion: '15.4', EngineMode: 'multimaster', MasterUsername: 'master' }, { code: 'InvalidParameterCombination' }],
    ['global cluster', { GlobalClusterIdentifier: 'aurora-global' }, { code: 'GlobalClusterNotFoundFault', status: 404 }],
    ['more than 3 AZs', { AvailabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d'] }, { code: 'InvalidParameterValue' }],
    ['AZ outside subnet group', { AvailabilityZones: ['us-east-1f'] }, { code: 'InvalidParameterCombination' }],
  ];

  for (const [name, overrides, expected] of cases) {
    it(name, () => {
      const h = new Harness();
      expectRefused(h, 'rds', 'CreateDBCluster', clusterInput(overrides), expected);
    });
  }

  it('backtrack on Aurora PostgreSQL', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ Engine: 'aurora-postgresql', EngineVersion: '15.4', MasterUsername: 'master', BacktrackWindow: 3600 }), {
      code: 'InvalidParameterCombination',
    });
  });

  it('reserved PostgreSQL user names', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ Engine: 'aurora-postgresql', EngineVersion: '15.4', MasterUsername: 'user' }), {
      code: 'InvalidParameterValue',
      message: 'MasterUsername user cannot be used as it is a reserved word used by the engine',
    });
  });

  it('a duplicate identifier, in any case', () => {
    const h = new Harness();
    createCluster(h);
    expectRefused(h, 'rds', 'CreateDBCluster', clusterInput({ DBClusterIdentifier: 'AURORA-PROD' }), {
      code: 'DBClusterAlreadyExistsFault',
      status: 400,
      message: 'DB Cluster already exists',
    });
  });
});

describe('DescribeDBClusters', () => {
  it('lists all clusters sorted, by identifier or ARN, and filters', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'zeta' });
    createCluster(h, { DBClusterIdentifier: 'alpha', Engine: 'aurora-postgresql', EngineVersion: '15.4', MasterUsername: 'master' });
    const all = h.rds<DBClusterMessage>('DescribeDBClusters', {});
    expect(all.DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(['alpha', 'zeta']);
    expect(all.Marker).toBeUndefined();
    const byArn = h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster:zeta` });
    expect(byArn.DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(['zeta']);
    expect(describeCluster(h, 'ZETA').DBClusterIdentifier).toBe('zeta');
    const pg = h.rds<DBClusterMessage>('DescribeDBClusters', { Filters: [{ Name: 'engine', Values: ['aurora-postgresql'] }] });
    expect(pg.DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(['alpha']);
    const ids = h.rds<DBClusterMessage>('DescribeDBClusters', { Filters: [{ Name: 'db-cluster-id', Values: ['ZETA', 'nothing'] }] });
    expect(ids.DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(['zeta']);
  });

  it('reports DBClusterNotFoundFault (404) and bad filters', () => {
    const h = new Harness();
    expectRefused(h, 'rds', 'DescribeDBClusters', { DBClusterIdentifier: 'missing' }, { code: 'DBClusterNotFoundFault', status: 404, message: 'DBCluster missing not found.' });
    expectRefused(h, 'rds', 'DescribeDBClusters', { DBClusterIdentifier: 'bad--id' }, { code: 'InvalidParameterValue', message: IDENTIFIER_MESSAGE });
    expectRefused(h, 'rds', 'DescribeDBClusters', { Filters: [{ Name: 'status', Values: ['available'] }] }, {
      code: 'InvalidParameterValue',
      message: 'Unrecognized filter name: status',
    });
    expectRefused(h, 'rds', 'DescribeDBClusters', { Filters: [{ Name: 'db-cluster-id', Values: ['bad--id'] }] }, {
      code: 'InvalidParameterValue',
      message: /^The parameter Filter: db-cluster-id is not a valid identifier/,
    });
  });

  it('pages with MaxRecords and Marker', () => {
    const h = new Harness();
    for (let i = 0; i < 23; i++) createCluster(h, { DBClusterIdentifier: `c${String(i).padStart(2, '0')}` });
    const first = h.rds<DBClusterMessage>('DescribeDBClusters', { MaxRecords: 20 });
    expect(first.DBClusters).toHaveLength(20);
    const rest = h.rds<DBClusterMessage>('DescribeDBClusters', { MaxRecords: 20, Marker: first.Marker });
    expect(rest.DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(['c20', 'c21', 'c22']);
    expect(rest.Marker).toBeUndefined();
  });
});

describe('DeleteDBCluster', () => {
  it('goes deleting, then is gone with RDS-EVENT-0171', () => {
    const h = new Harness();
    createCluster(h);
    h.advance(3 * MINUTE);
    const { DBCluster } = h.rds<DeleteDBClusterResult>('DeleteDBCluster', { DBClusterIdentifier: 'Aurora-Prod', SkipFinalSnapshot: true });
    expect(DBCluster?.Status).toBe('deleting');
    expect(describeCluster(h).Status).toBe('deleting');
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true }, { code: 'InvalidDBClusterStateFault' });
    h.advance(2 * MINUTE);
    expectRefused(h, 'rds', 'DescribeDBClusters', { DBClusterIdentifier: 'aurora-prod' }, { code: 'DBClusterNotFoundFault' });
    const events = h.engine.state.regions['us-east-1'].rds.events;
    expect(events.at(-1)).toMatchObject({ eventId: 'RDS-EVENT-0171', message: 'DB cluster deleted', sourceIdentifier: 'aurora-prod', eventCategories: ['deletion'] });
    // The name is free again.
    createCluster(h);
  });

  it('accepts a valid final snapshot identifier instead of SkipFinalSnapshot', () => {
    const h = new Harness();
    createCluster(h);
    const out = h.rds<DeleteDBClusterResult>('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', FinalDBSnapshotIdentifier: 'final-snap' });
    expect(out.DBCluster?.Status).toBe('deleting');
  });

  it('refuses without a snapshot decision, with both, when protected, with instances, or unknown', () => {
    const h = new Harness();
    createCluster(h);
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod' }, {
      code: 'InvalidParameterCombination',
      message: 'FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.',
    });
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true, FinalDBSnapshotIdentifier: 'snap' }, {
      code: 'InvalidParameterCombination',
    });
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', FinalDBSnapshotIdentifier: 'bad--snap' }, {
      code: 'InvalidParameterValue',
      message: /^The parameter FinalDBSnapshotIdentifier is not a valid identifier/,
    });
    createInstance(h);
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true }, {
      code: 'InvalidDBClusterStateFault',
      status: 400,
      message: 'Cluster cannot be deleted, it still contains DB instances in non-deleting state.',
    });
    createCluster(h, { DBClusterIdentifier: 'protected', DeletionProtection: true });
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'protected', SkipFinalSnapshot: true }, {
      code: 'InvalidParameterCombination',
      message: 'Cannot delete protected Cluster, please disable deletion protection and try again.',
    });
    expectRefused(h, 'rds', 'DeleteDBCluster', { DBClusterIdentifier: 'ghost', SkipFinalSnapshot: true }, {
      code: 'DBClusterNotFoundFault',
      status: 404,
      message: 'DBCluster ghost not found.',
    });
  });
});
