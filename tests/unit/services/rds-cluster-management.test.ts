import type {
  DBCluster,
  DBClusterCapacityInfo,
  DBClusterMessage,
  DBInstanceMessage,
  ModifyDBClusterResult,
  ModifyDBInstanceResult,
  RebootDBInstanceResult,
  StartDBClusterResult,
  StopDBClusterResult,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { Harness, MINUTE, REGION, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';
import { createMonitoringRole } from './support/iam-fixtures';

const DAY = 24 * 60 * MINUTE;

function describeCluster(h: Harness, id = 'aurora-prod'): DBCluster {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: id }).DBClusters![0];
}

function describeInstance(h: Harness, id = 'aurora-writer') {
  return h.rds<DBInstanceMessage>('DescribeDBInstances', { DBInstanceIdentifier: id }).DBInstances![0];
}

function modify(h: Harness, input: object): DBCluster {
  return h.rds<ModifyDBClusterResult>('ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', ...input }).DBCluster!;
}

function eventIds(h: Harness): string[] {
  return h.engine.state.regions[REGION].rds.events.map((e) => `${e.eventId} ${e.sourceIdentifier}`);
}

/** A cluster with a writer, both available. */
function readyCluster(h: Harness, overrides: object = {}) {
  createCluster(h, { EngineVersion: '8.0.mysql_aurora.3.10.0', BacktrackWindow: 3600, ...overrides });
  createInstance(h);
  h.advance(15 * MINUTE);
}

describe('ModifyDBCluster', () => {
  it('applies immediate settings at once and keeps the cluster available', () => {
    const h = new Harness();
    readyCluster(h);
    const out = modify(h, {
      BackupRetentionPeriod: 14,
      PreferredBackupWindow: '03:00-03:30',
      PreferredMaintenanceWindow: 'Sun:05:00-Sun:05:30',
      DeletionProtection: true,
      CopyTagsToSnapshot: true,
    });
    expect(out).toMatchObject({
      Status: 'available',
      BackupRetentionPeriod: 14,
      PreferredBackupWindow: '03:00-03:30',
      PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
      DeletionProtection: true,
      CopyTagsToSnapshot: true,
    });
    expect(out.PendingModifiedValues).toBeUndefined();
  });

  it('defers IAM auth and rename to the maintenance window unless ApplyImmediately', () => {
    const h = new Harness();
    readyCluster(h, { PreferredMaintenanceWindow: 'tue:04:00-tue:04:30' });
    const out = modify(h, { EnableIAMDatabaseAuthentication: true, NewDBClusterIdentifier: 'aurora-renamed' });
    expect(out.Status).toBe('available');
    expect(out.IAMDatabaseAuthenticationEnabled).toBe(false);
    expect(out.PendingModifiedValues).toEqual({ IAMDatabaseAuthenticationEnabled: true, DBClusterIdentifier: 'aurora-renamed' });
    // START is Monday 12:00 UTC: the window opens Tuesday 04:00.
    h.advance(15 * 60 * MINUTE);
    expect(describeCluster(h).PendingModifiedValues).toBeDefined();
    h.advance(60 * MINUTE);
    const renamed = describeCluster(h, 'aurora-renamed');
    expect(renamed.IAMDatabaseAuthenticationEnabled).toBe(true);
    expect(renamed.PendingModifiedValues).toBeUndefined();
    h.advance(5 * MINUTE);
    expect(describeCluster(h, 'aurora-renamed').Status).toBe('available');
    expect(describeInstance(h).DBClusterIdentifier).toBe('aurora-renamed');
    expectRefused(h, 'rds', 'DescribeDBClusters', { DBClusterIdentifier: 'aurora-prod' }, { code: 'DBClusterNotFoundFault', status: 404 });
  });

  it('with ApplyImmediately goes modifying, then back to available', () => {
    const h = new Harness();
    readyCluster(h);
    const out = modify(h, { EnableIAMDatabaseAuthentication: true, ApplyImmediately: true });
    expect(out.Status).toBe('modifying');
    expect(out.IAMDatabaseAuthenticationEnabled).toBe(true);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', BackupRetentionPeriod: 3 }, {
      code: 'InvalidDBClusterStateFault',
      status: 400,
      message: 'DB cluster is not available for modification with status modifying',
    });
    h.advance(3 * MINUTE);
    expect(describeCluster(h).Status).toBe('available');
  });

  it('renames at once with ApplyImmediately; a taken name is DBClusterAlreadyExistsFault', () => {
    const h = new Harness();
    readyCluster(h);
    createCluster(h, { DBClusterIdentifier: 'other' });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', NewDBClusterIdentifier: 'Other', ApplyImmediately: true }, {
      code: 'DBClusterAlreadyExistsFault',
    });
    const out = modify(h, { NewDBClusterIdentifier: 'New-Name', ApplyImmediately: true });
    expect(out).toMatchObject({ DBClusterIdentifier: 'new-name', Status: 'renaming' });
    expect(out.DBClusterArn).toMatch(/:cluster:new-name$/);
  });

  it('resets the master password (resetting-master-credentials, RDS-EVENT-0016)', () => {
    const h = new Harness();
    readyCluster(h);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', MasterUserPassword: 'short' }, { code: 'InvalidParameterValue' });
    const out = modify(h, { MasterUserPassword: 'An0ther-Secret!' });
    expect(out.Status).toBe('resetting-master-credentials');
    h.advance(2 * MINUTE);
    expect(describeCluster(h).Status).toBe('available');
    expect(eventIds(h)).toContain('RDS-EVENT-0016 aurora-prod');
  });

  it('validates windows: format and overlap with the existing window', () => {
    const h = new Harness();
    readyCluster(h, { PreferredBackupWindow: '03:00-03:30', PreferredMaintenanceWindow: 'mon:05:00-mon:05:30' });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', PreferredBackupWindow: '3am-4am' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', PreferredBackupWindow: '05:10-05:40' }, {
      code: 'InvalidParameterValue',
      message: 'The backup window and maintenance window must not overlap.',
    });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', BackupRetentionPeriod: 36 }, { code: 'InvalidParameterValue' });
  });

  it('backtrack window: 0–259200, aurora-mysql only, only if enabled at creation', () => {
    const h = new Harness();
    readyCluster(h);
    expect(modify(h, { BacktrackWindow: 259200 }).BacktrackWindow).toBe(259200);
    h.advance(3 * MINUTE);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', BacktrackWindow: 259201 }, { code: 'InvalidParameterValue' });
    createCluster(h, { DBClusterIdentifier: 'pg', Engine: 'aurora-postgresql', EngineVersion: '16.4', MasterUsername: 'pgadmin' });
    createCluster(h, { DBClusterIdentifier: 'nobt', EngineVersion: '8.0.mysql_aurora.3.10.0' });
    h.advance(5 * MINUTE);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'pg', BacktrackWindow: 3600 }, {
      code: 'InvalidParameterCombination',
      message: 'Backtrack is not supported for aurora-postgresql.',
    });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'nobt', BacktrackWindow: 3600 }, { code: 'InvalidParameterCombination' });
  });

  it('CloudwatchLogsExportConfiguration enables and disables log types per engine', () => {
    const h = new Harness();
    readyCluster(h);
    const out = modify(h, { CloudwatchLogsExportConfiguration: { EnableLogTypes: ['audit', 'error'] } });
    expect(out.EnabledCloudwatchLogsExports).toEqual(['audit', 'error']);
    h.advance(3 * MINUTE);
    expect(modify(h, { CloudwatchLogsExportConfiguration: { DisableLogTypes: ['audit'] } }).EnabledCloudwatchLogsExports).toEqual(['error']);
    h.advance(3 * MINUTE);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', CloudwatchLogsExportConfiguration: { EnableLogTypes: ['postgresql'] } }, {
      code: 'InvalidParameterCombination',
    });
  });

  it('Serverless v2 scaling: 0.5-ACU steps, range per version', () => {
    const h = new Harness();
    readyCluster(h);
    const out = modify(h, { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 64 } });
    expect(out.ServerlessV2ScalingConfiguration).toEqual({ MinCapacity: 0.5, MaxCapacity: 64 });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', ServerlessV2ScalingConfiguration: { MinCapacity: 0.75, MaxCapacity: 8 } }, {
      code: 'InvalidParameterValue',
    });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', ServerlessV2ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 300 } }, {
      code: 'InvalidParameterValue',
    });
  });

  it('engine upgrade: pending until the window; major needs AllowMajorVersionUpgrade', () => {
    const h = new Harness();
    readyCluster(h, { EngineVersion: '8.0.mysql_aurora.3.04.0', PreferredMaintenanceWindow: 'mon:20:00-mon:20:30' });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', EngineVersion: '8.4.7' }, {
      code: 'InvalidParameterCombination',
      message: 'The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.',
    });
    const out = modify(h, { EngineVersion: '8.0.mysql_aurora.3.10.0' });
    expect(out.EngineVersion).toBe('8.0.mysql_aurora.3.04.0');
    expect(out.PendingModifiedValues).toEqual({ EngineVersion: '8.0.mysql_aurora.3.10.0' });
    h.advance(7 * 60 * MINUTE + 30 * MINUTE);
    expect(describeCluster(h).EngineVersion).toBe('8.0.mysql_aurora.3.04.0');
    h.advance(15 * MINUTE);
    expect(describeCluster(h)).toMatchObject({ EngineVersion: '8.0.mysql_aurora.3.10.0', Status: 'upgrading' });
    h.advance(5 * MINUTE);
    expect(describeCluster(h)).toMatchObject({ Status: 'available', PendingModifiedValues: undefined });
  });

  it('refuses Multi-AZ-only settings and unknown clusters', () => {
    const h = new Harness();
    readyCluster(h);
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', DBClusterInstanceClass: 'db.r6g.large' }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'nope', DeletionProtection: true }, { code: 'DBClusterNotFoundFault', status: 404 });
  });
});

describe('StopDBCluster / StartDBCluster', () => {
  it('stops and starts with events 0150/0151, instances follow', () => {
    const h = new Harness();
    readyCluster(h);
    expect(h.rds<StopDBClusterResult>('StopDBCluster', { DBClusterIdentifier: 'aurora-prod' }).DBCluster!.Status).toBe('stopping');
    expect(describeInstance(h).DBInstanceStatus).toBe('stopping');
    expectRefused(h, 'rds', 'StartDBCluster', { DBClusterIdentifier: 'aurora-prod' }, { code: 'InvalidDBClusterStateFault' });
    h.advance(6 * MINUTE);
    expect(describeCluster(h).Status).toBe('stopped');
    expect(describeInstance(h).DBInstanceStatus).toBe('stopped');
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'aurora-prod', DeletionProtection: true }, { code: 'InvalidDBClusterStateFault' });
    expect(h.rds<StartDBClusterResult>('StartDBCluster', { DBClusterIdentifier: 'aurora-prod' }).DBCluster!.Status).toBe('starting');
    h.advance(10 * MINUTE);
    expect(describeCluster(h).Status).toBe('available');
    expect(describeInstance(h).DBInstanceStatus).toBe('available');
    expect(eventIds(h)).toEqual(expect.arrayContaining(['RDS-EVENT-0150 aurora-prod', 'RDS-EVENT-0151 aurora-prod', 'RDS-EVENT-0087 aurora-writer', 'RDS-EVENT-0088 aurora-writer']));
  });

  it('starts by itself after seven days stopped (RDS-EVENT-0153)', () => {
    const h = new Harness();
    readyCluster(h);
    h.rds('StopDBCluster', { DBClusterIdentifier: 'aurora-prod' });
    h.advance(6 * MINUTE);
    h.advance(7 * DAY - 10 * MINUTE);
    expect(describeCluster(h).Status).toBe('stopped');
    h.advance(10 * MINUTE);
    expect(describeCluster(h).Status).toBe('starting');
    expect(eventIds(h)).toContain('RDS-EVENT-0153 aurora-prod');
    h.advance(10 * MINUTE);
    expect(describeCluster(h).Status).toBe('available');
  });

  it('refuses Serverless v1 clusters and busy clusters', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'sv1', EngineMode: 'serverless', EngineVersion: undefined });
    h.advance(4 * MINUTE);
    expectRefused(h, 'rds', 'StopDBCluster', { DBClusterIdentifier: 'sv1' }, { code: 'InvalidParameterCombination' });
    createCluster(h);
    expectRefused(h, 'rds', 'StopDBCluster', { DBClusterIdentifier: 'aurora-prod' }, { code: 'InvalidDBClusterStateFault' });
  });
});

describe('RebootDBInstance / RebootDBCluster', () => {
  it('reboots an instance (rebooting -> available, RDS-EVENT-0006)', () => {
    const h = new Harness();
    readyCluster(h);
    expect(h.rds<RebootDBInstanceResult>('RebootDBInstance', { DBInstanceIdentifier: 'aurora-writer' }).DBInstance!.DBInstanceStatus).toBe('rebooting');
    expectRefused(h, 'rds', 'RebootDBInstance', { DBInstanceIdentifier: 'aurora-writer' }, {
      code: 'InvalidDBInstanceState',
      message: 'Instance cannot currently reboot due to an in-progress management operation.',
    });
    h.advance(2 * MINUTE);
    expect(describeInstance(h).DBInstanceStatus).toBe('available');
    expect(eventIds(h)).toContain('RDS-EVENT-0006 aurora-writer');
    expectRefused(h, 'rds', 'RebootDBInstance', { DBInstanceIdentifier: 'nope' }, { code: 'DBInstanceNotFound', status: 404 });
  });

  it('refuses RebootDBCluster for Aurora clusters', () => {
    const h = new Harness();
    readyCluster(h);
    expectRefused(h, 'rds', 'RebootDBCluster', { DBClusterIdentifier: 'aurora-prod' }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'RebootDBCluster', { DBClusterIdentifier: 'nope' }, { code: 'DBClusterNotFoundFault' });
  });
});

describe('ModifyDBInstance', () => {
  it('defers a class change to the maintenance window, applies it now with ApplyImmediately', () => {
    const h = new Harness();
    createCluster(h, { EngineVersion: '8.0.mysql_aurora.3.10.0' });
    createInstance(h, { PreferredMaintenanceWindow: 'mon:18:00-mon:18:30' });
    h.advance(15 * MINUTE);
    const out = h.rds<ModifyDBInstanceResult>('ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', DBInstanceClass: 'db.r6g.large' }).DBInstance!;
    expect(out.DBInstanceClass).toBe('db.r5.2xlarge');
    expect(out.PendingModifiedValues).toEqual({ DBInstanceClass: 'db.r6g.large' });
    h.advance(5 * 60 * MINUTE + 30 * MINUTE);
    expect(describeInstance(h).DBInstanceClass).toBe('db.r5.2xlarge');
    h.advance(20 * MINUTE);
    expect(describeInstance(h)).toMatchObject({ DBInstanceClass: 'db.r6g.large', DBInstanceStatus: 'modifying', PendingModifiedValues: {} });
    h.advance(15 * MINUTE);
    const now = h.rds<ModifyDBInstanceResult>('ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', DBInstanceClass: 'db.r6g.xlarge', ApplyImmediately: true }).DBInstance!;
    expect(now).toMatchObject({ DBInstanceClass: 'db.r6g.xlarge', DBInstanceStatus: 'modifying' });
  });

  it('sets promotion tier, monitoring, Performance Insights and public access', () => {
    const h = new Harness();
    readyCluster(h);
    createMonitoringRole(h);
    const out = h.rds<ModifyDBInstanceResult>('ModifyDBInstance', {
      DBInstanceIdentifier: 'aurora-writer',
      PromotionTier: 0,
      MonitoringInterval: 60,
      MonitoringRoleArn: 'arn:aws:iam::123456789012:role/rds-monitoring-role',
      EnablePerformanceInsights: true,
      PerformanceInsightsRetentionPeriod: 31,
      PubliclyAccessible: false,
      ApplyImmediately: true,
    }).DBInstance!;
    expect(out).toMatchObject({
      PromotionTier: 0,
      MonitoringInterval: 60,
      MonitoringRoleArn: 'arn:aws:iam::123456789012:role/rds-monitoring-role',
      PerformanceInsightsEnabled: true,
      PerformanceInsightsRetentionPeriod: 31,
      PubliclyAccessible: false,
      DBInstanceStatus: 'modifying',
    });
    h.advance(3 * MINUTE);
    expectRefused(h, 'rds', 'ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', MonitoringInterval: 7 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', PromotionTier: 16 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', PerformanceInsightsRetentionPeriod: 30 }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', DBInstanceClass: 'db.m5.large' }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'ModifyDBInstance', { DBInstanceIdentifier: 'aurora-writer', BackupRetentionPeriod: 7 }, { code: 'InvalidParameterCombination' });
  });
});

describe('Serverless v1', () => {
  it('pauses when idle (Capacity 0), resumes on ModifyCurrentDBClusterCapacity', () => {
    const h = new Harness();
    createCluster(h, {
      DBClusterIdentifier: 'sv1',
      EngineMode: 'serverless',
      EngineVersion: undefined,
      ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 16, AutoPause: true, SecondsUntilAutoPause: 300 },
    });
    h.advance(4 * MINUTE);
    expect(describeCluster(h, 'sv1').Capacity).toBe(2);
    h.advance(5 * MINUTE);
    expect(describeCluster(h, 'sv1')).toMatchObject({ Status: 'available', Capacity: 0 });
    const info = h.rds<DBClusterCapacityInfo>('ModifyCurrentDBClusterCapacity', { DBClusterIdentifier: 'sv1', Capacity: 8 });
    expect(info).toMatchObject({ DBClusterIdentifier: 'sv1', PendingCapacity: 8, CurrentCapacity: 0, TimeoutAction: 'RollbackCapacityChange' });
    h.advance(MINUTE);
    expect(describeCluster(h, 'sv1').Capacity).toBe(8);
    h.advance(5 * MINUTE);
    expect(describeCluster(h, 'sv1').Capacity).toBe(0);
    expect(eventIds(h).filter((e) => e.startsWith('RDS-EVENT-0141')).length).toBeGreaterThanOrEqual(3);
  });

  it('ModifyCurrentDBClusterCapacity: valid capacities only, Serverless v1 only', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'sv1', EngineMode: 'serverless', EngineVersion: undefined, ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 64, AutoPause: false } });
    readyCluster(h);
    expectRefused(h, 'rds', 'ModifyCurrentDBClusterCapacity', { DBClusterIdentifier: 'sv1', Capacity: 3 }, { code: 'InvalidDBClusterCapacityFault' });
    expectRefused(h, 'rds', 'ModifyCurrentDBClusterCapacity', { DBClusterIdentifier: 'sv1', Capacity: 128 }, { code: 'InvalidDBClusterCapacityFault' });
    expectRefused(h, 'rds', 'ModifyCurrentDBClusterCapacity', { DBClusterIdentifier: 'aurora-prod', Capacity: 2 }, { code: 'InvalidDBClusterStateFault' });
    expectRefused(h, 'rds', 'ModifyCurrentDBClusterCapacity', { DBClusterIdentifier: 'sv1', Capacity: 2, TimeoutAction: 'Nope' }, { code: 'InvalidParameterValue' });
    h.advance(60 * MINUTE);
    expect(describeCluster(h, 'sv1').Capacity).toBe(1);
  });

  it('ModifyDBCluster ScalingConfiguration updates the v1 range', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'sv1', EngineMode: 'serverless', EngineVersion: undefined });
    h.advance(4 * MINUTE);
    const out = h.rds<ModifyDBClusterResult>('ModifyDBCluster', { DBClusterIdentifier: 'sv1', ScalingConfiguration: { MinCapacity: 4, MaxCapacity: 32, SecondsUntilAutoPause: 600 } }).DBCluster!;
    expect(out.ScalingConfigurationInfo).toMatchObject({ MinCapacity: 4, MaxCapacity: 32, SecondsUntilAutoPause: 600, AutoPause: true });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'sv1', ScalingConfiguration: { MaxCapacity: 3 } }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ModifyDBCluster', { DBClusterIdentifier: 'sv1', ScalingConfiguration: { SecondsUntilAutoPause: 10 } }, { code: 'InvalidParameterValue' });
  });
});

describe('CreateDBCluster quota', () => {
  it('refuses the 41st cluster in a region with DBClusterQuotaExceededFault', () => {
    const h = new Harness();
    for (let i = 0; i < 40; i++) createCluster(h, { DBClusterIdentifier: `c${i}` });
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'c40', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!' }, {
      code: 'DBClusterQuotaExceededFault',
      status: 403,
    });
    createCluster(h, { DBClusterIdentifier: 'elsewhere' }, 'eu-west-1');
  });
});

describe('Multi-master (engine mode multimaster)', () => {
  it('is accepted only on the exam-era Aurora MySQL 5.7 releases', () => {
    const h = new Harness();
    const mm = createCluster(h, { DBClusterIdentifier: 'mm', EngineMode: 'multimaster', EngineVersion: '5.7.mysql_aurora.2.10.2' });
    expect(mm).toMatchObject({ EngineMode: 'multimaster', EngineVersion: '5.7.mysql_aurora.2.10.2' });
    expect(createCluster(h, { DBClusterIdentifier: 'mm2', EngineMode: 'multimaster', EngineVersion: undefined }).EngineVersion).toMatch(/^5\.7\.mysql_aurora\.2\./);
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'mm3', Engine: 'aurora-mysql', EngineMode: 'multimaster', EngineVersion: '8.0.mysql_aurora.3.10.0', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!' }, {
      code: 'InvalidParameterCombination',
      message: /multimaster isn't supported for aurora-mysql version 8\.0\.mysql_aurora\.3\.10\.0/,
    });
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'mm4', Engine: 'aurora-postgresql', EngineMode: 'multimaster', MasterUsername: 'pgadmin', MasterUserPassword: 'SecurePassword123!' }, {
      code: 'InvalidParameterCombination',
    });
    h.advance(5 * MINUTE);
    expectRefused(h, 'rds', 'StopDBCluster', { DBClusterIdentifier: 'mm' }, { code: 'InvalidParameterCombination' });
  });
});

describe('ModifyDBCluster EnableHttpEndpoint and Serverless v1 checks at create', () => {
  it('switches the Data API of a Serverless v1 cluster; refuses bad SecondsUntilAutoPause on create', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'sv1', EngineMode: 'serverless', EngineVersion: undefined });
    h.advance(4 * MINUTE);
    expect(h.rds<ModifyDBClusterResult>('ModifyDBCluster', { DBClusterIdentifier: 'sv1', EnableHttpEndpoint: true }).DBCluster!.HttpEndpointEnabled).toBe(true);
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'sv2', Engine: 'aurora-mysql', EngineMode: 'serverless', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!', ScalingConfiguration: { SecondsUntilAutoPause: 5 } }, {
      code: 'InvalidParameterValue',
    });
  });
});
