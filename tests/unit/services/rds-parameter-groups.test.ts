import type {
  DBClusterMessage,
  DBClusterParameterGroupDetails,
  DBClusterParameterGroupsMessage,
  DBInstanceMessage,
  DBParameterGroupDetails,
  DBParameterGroupsMessage,
  DescribeEngineDefaultClusterParametersResult,
  Parameter,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { applyPendingParameterReboot, markClusterMembersPendingReboot } from '../../../src/engine/services/rds/parameter-groups/pending-parameter-reboot';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

function clusterParameters(h: Harness, name: string, source?: string): Parameter[] {
  return h.rds<DBClusterParameterGroupDetails>('DescribeDBClusterParameters', { DBClusterParameterGroupName: name, Source: source }).Parameters!;
}

function createClusterGroup(h: Harness, name = 'prod-mysql80', family = 'aurora-mysql8.0') {
  return h.rds('CreateDBClusterParameterGroup', { DBClusterParameterGroupName: name, DBParameterGroupFamily: family, Description: 'Production' });
}

describe('DB cluster parameter groups', () => {
  it('lists the default group of every family, and custom groups beside them', () => {
    const h = new Harness();
    const before = h.rds<DBClusterParameterGroupsMessage>('DescribeDBClusterParameterGroups', {}).DBClusterParameterGroups!;
    const names = before.map((g) => g.DBClusterParameterGroupName);
    for (const family of ['aurora-mysql5.7', 'aurora-mysql8.0', 'aurora-postgresql11', 'aurora-postgresql16']) expect(names).toContain(`default.${family}`);
    expect(before.find((g) => g.DBClusterParameterGroupName === 'default.aurora-mysql8.0')).toEqual({
      DBClusterParameterGroupName: 'default.aurora-mysql8.0',
      DBParameterGroupFamily: 'aurora-mysql8.0',
      Description: 'Default cluster parameter group for aurora-mysql8.0',
      DBClusterParameterGroupArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster-pg:default.aurora-mysql8.0`,
    });
    const created = createClusterGroup(h, 'Prod-MySQL80') as { DBClusterParameterGroup: { DBClusterParameterGroupName: string } };
    expect(created.DBClusterParameterGroup.DBClusterParameterGroupName).toBe('prod-mysql80');
    const one = h.rds<DBClusterParameterGroupsMessage>('DescribeDBClusterParameterGroups', { DBClusterParameterGroupName: 'PROD-mysql80' });
    expect(one.DBClusterParameterGroups).toHaveLength(1);
    expect(one.DBClusterParameterGroups![0].Description).toBe('Production');
  });

  it('describes realistic defaults with their metadata and Source filter', () => {
    const h = new Harness();
    const mysql = clusterParameters(h, 'default.aurora-mysql8.0');
    expect(mysql.find((p) => p.ParameterName === 'require_secure_transport')).toMatchObject({
      ParameterValue: 'OFF',
      Source: 'engine-default',
      ApplyType: 'dynamic',
      DataType: 'boolean',
      AllowedValues: 'ON,OFF',
      IsModifiable: true,
      ApplyMethod: 'pending-reboot',
      MinimumEngineVersion: '8.0.mysql_aurora.3.01.0',
    });
    expect(mysql.find((p) => p.ParameterName === 'binlog_format')).toMatchObject({ ParameterValue: 'OFF', ApplyType: 'static' });
    for (const name of ['character_set_server', 'aurora_parallel_query', 'server_audit_logging']) expect(mysql.map((p) => p.ParameterName)).toContain(name);
    const pg15 = clusterParameters(h, 'default.aurora-postgresql15');
    expect(pg15.find((p) => p.ParameterName === 'rds.force_ssl')?.ParameterValue).toBe('1');
    expect(clusterParameters(h, 'default.aurora-postgresql13').find((p) => p.ParameterName === 'rds.force_ssl')?.ParameterValue).toBe('0');
    expect(pg15.find((p) => p.ParameterName === 'shared_preload_libraries')).toMatchObject({ ApplyType: 'static', DataType: 'list' });
    expect(pg15.map((p) => p.ParameterName)).toContain('log_min_duration_statement');
    expect(clusterParameters(h, 'default.aurora-mysql8.0', 'system').every((p) => p.Source === 'system' && p.IsModifiable === false)).toBe(true);
    const defaults = h.rds<DescribeEngineDefaultClusterParametersResult>('DescribeEngineDefaultClusterParameters', { DBParameterGroupFamily: 'aurora-postgresql16' });
    expect(defaults.EngineDefaults?.DBParameterGroupFamily).toBe('aurora-postgresql16');
    expect(defaults.EngineDefaults?.Parameters?.map((p) => p.ParameterName)).toContain('rds.force_ssl');
  });

  it('modifies with apply methods; user values show Source user', () => {
    const h = new Harness();
    createClusterGroup(h);
    const result = h.rds('ModifyDBClusterParameterGroup', {
      DBClusterParameterGroupName: 'prod-mysql80',
      Parameters: [
        { ParameterName: 'require_secure_transport', ParameterValue: 'ON', ApplyMethod: 'immediate' },
        { ParameterName: 'binlog_format', ParameterValue: 'ROW', ApplyMethod: 'pending-reboot' },
      ],
    });
    expect(result).toEqual({ DBClusterParameterGroupName: 'prod-mysql80' });
    const user = clusterParameters(h, 'prod-mysql80', 'user');
    expect(user.map((p) => [p.ParameterName, p.ParameterValue, p.ApplyMethod])).toEqual([
      ['binlog_format', 'ROW', 'pending-reboot'],
      ['require_secure_transport', 'ON', 'immediate'],
    ]);
    h.rds('ResetDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80', Parameters: [{ ParameterName: 'require_secure_transport', ApplyMethod: 'immediate' }] });
    expect(clusterParameters(h, 'prod-mysql80', 'user').map((p) => p.ParameterName)).toEqual(['binlog_format']);
    h.rds('ResetDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80', ResetAllParameters: true });
    expect(clusterParameters(h, 'prod-mysql80', 'user')).toEqual([]);
  });

  it('refuses bad modifications and changes nothing', () => {
    const h = new Harness();
    createClusterGroup(h);
    const modify = (parameters: object[], name = 'prod-mysql80') => ({ DBClusterParameterGroupName: name, Parameters: parameters });
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify([{ ParameterName: 'binlog_format', ParameterValue: 'ROW', ApplyMethod: 'immediate' }]), {
      code: 'InvalidParameterCombination',
      status: 400,
      message: 'cannot use immediate apply method for static parameter',
    });
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify([{ ParameterName: 'no_such_thing', ParameterValue: '1', ApplyMethod: 'immediate' }]), {
      code: 'InvalidParameterValue',
      message: 'Could not find parameter with name: no_such_thing',
    });
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify([{ ParameterName: 'binlog_format', ParameterValue: 'FANCY', ApplyMethod: 'pending-reboot' }]), {
      code: 'InvalidParameterValue',
    });
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify([{ ParameterName: 'datadir', ParameterValue: '/tmp', ApplyMethod: 'pending-reboot' }]), {
      code: 'InvalidParameterValue',
      message: 'The parameter datadir cannot be modified.',
    });
    const many = Array.from({ length: 21 }, () => ({ ParameterName: 'server_audit_logging', ParameterValue: '1', ApplyMethod: 'immediate' }));
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify(many), { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify([{ ParameterName: 'server_audit_logging', ParameterValue: '1', ApplyMethod: 'immediate' }], 'default.aurora-mysql8.0'), {
      code: 'InvalidParameterValue',
      message: 'Cannot modify a default parameter group.',
    });
    expectRefused(h, 'rds', 'ModifyDBClusterParameterGroup', modify([{ ParameterName: 'server_audit_logging', ParameterValue: '1', ApplyMethod: 'immediate' }], 'nope'), {
      code: 'DBParameterGroupNotFound',
      status: 404,
      message: 'DBClusterParameterGroup not found: nope',
    });
    expectRefused(h, 'rds', 'CreateDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80', DBParameterGroupFamily: 'aurora-mysql8.0', Description: 'x' }, {
      code: 'DBParameterGroupAlreadyExists',
      message: 'Parameter group prod-mysql80 already exists',
    });
    expectRefused(h, 'rds', 'CreateDBClusterParameterGroup', { DBClusterParameterGroupName: 'other', DBParameterGroupFamily: 'mysql8.0', Description: 'x' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'ResetDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80' }, { code: 'InvalidParameterCombination' });
  });

  it('refuses deleting default groups and groups in use; deletes free ones', () => {
    const h = new Harness();
    createClusterGroup(h);
    createClusterGroup(h, 'spare');
    createCluster(h, { DBClusterParameterGroupName: 'prod-mysql80' });
    expectRefused(h, 'rds', 'DeleteDBClusterParameterGroup', { DBClusterParameterGroupName: 'default.aurora-mysql8.0' }, {
      code: 'InvalidDBParameterGroupState',
      message: 'Default DBClusterParameterGroup cannot be deleted: default.aurora-mysql8.0',
    });
    expectRefused(h, 'rds', 'DeleteDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80' }, { code: 'InvalidDBParameterGroupState' });
    h.rds('DeleteDBClusterParameterGroup', { DBClusterParameterGroupName: 'spare' });
    expectRefused(h, 'rds', 'DescribeDBClusterParameterGroups', { DBClusterParameterGroupName: 'spare' }, { code: 'DBParameterGroupNotFound' });
  });

  it('CreateDBCluster takes an existing group of the right family only', () => {
    const h = new Harness();
    createClusterGroup(h, 'pg16', 'aurora-postgresql16');
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'c1', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!', DBClusterParameterGroupName: 'missing' }, {
      code: 'DBClusterParameterGroupNotFound',
      status: 404,
    });
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'c1', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!', DBClusterParameterGroupName: 'pg16' }, {
      code: 'InvalidParameterCombination',
    });
    const cluster = createCluster(h, { DBClusterIdentifier: 'c2', Engine: 'aurora-postgresql', EngineVersion: '16.4', MasterUsername: 'pgadmin', DBClusterParameterGroupName: 'PG16' });
    expect(cluster.DBClusterParameterGroup).toBe('pg16');
  });

  it('shows pending-reboot on members after a pending-reboot change, until the reboot applies it', () => {
    const h = new Harness();
    createClusterGroup(h);
    createCluster(h, { DBClusterParameterGroupName: 'prod-mysql80' });
    const writer = createInstance(h);
    const status = () => h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: 'aurora-prod' }).DBClusters![0].DBClusterMembers![0].DBClusterParameterGroupStatus;
    expect(status()).toBe('in-sync');
    h.rds('ModifyDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80', Parameters: [{ ParameterName: 'server_audit_logging', ParameterValue: '1', ApplyMethod: 'immediate' }] });
    expect(status()).toBe('in-sync');
    h.rds('ModifyDBClusterParameterGroup', { DBClusterParameterGroupName: 'prod-mysql80', Parameters: [{ ParameterName: 'binlog_format', ParameterValue: 'ROW', ApplyMethod: 'pending-reboot' }] });
    expect(status()).toBe('pending-reboot');
    applyPendingParameterReboot(h.engine.state.regions['us-east-1'].rds, { resourceId: writer.DbiResourceId! });
    expect(status()).toBe('in-sync');
    markClusterMembersPendingReboot(h.engine.state.regions['us-east-1'].rds, 'aurora-prod');
    expect(status()).toBe('pending-reboot');
  });
});

describe('DB parameter groups', () => {
  it('creates, modifies, describes, resets and deletes instance groups', () => {
    const h = new Harness();
    h.rds('CreateDBParameterGroup', { DBParameterGroupName: 'pg-instances', DBParameterGroupFamily: 'aurora-postgresql16', Description: 'instances' });
    const listed = h.rds<DBParameterGroupsMessage>('DescribeDBParameterGroups', {}).DBParameterGroups!;
    expect(listed.map((g) => g.DBParameterGroupName)).toContain('default.aurora-postgresql16');
    expect(listed.find((g) => g.DBParameterGroupName === 'pg-instances')?.DBParameterGroupArn).toBe(`arn:aws:rds:us-east-1:${ACCOUNT_ID}:pg:pg-instances`);
    h.rds('ModifyDBParameterGroup', { DBParameterGroupName: 'pg-instances', Parameters: [{ ParameterName: 'work_mem', ParameterValue: '8192', ApplyMethod: 'immediate' }] });
    const user = h.rds<DBParameterGroupDetails>('DescribeDBParameters', { DBParameterGroupName: 'pg-instances', Source: 'user' }).Parameters!;
    expect(user).toHaveLength(1);
    expect(user[0]).toMatchObject({ ParameterName: 'work_mem', ParameterValue: '8192', Source: 'user' });
    expectRefused(h, 'rds', 'ModifyDBParameterGroup', { DBParameterGroupName: 'pg-instances', Parameters: [{ ParameterName: 'max_connections', ParameterValue: '100', ApplyMethod: 'immediate' }] }, {
      code: 'InvalidParameterCombination',
    });
    h.rds('ResetDBParameterGroup', { DBParameterGroupName: 'pg-instances', ResetAllParameters: true });
    expect(h.rds<DBParameterGroupDetails>('DescribeDBParameters', { DBParameterGroupName: 'pg-instances', Source: 'user' }).Parameters).toEqual([]);
    expectRefused(h, 'rds', 'DeleteDBParameterGroup', { DBParameterGroupName: 'default.aurora-postgresql16' }, {
      code: 'InvalidDBParameterGroupState',
      message: 'Default DBParameterGroup cannot be deleted: default.aurora-postgresql16',
    });
    h.rds('DeleteDBParameterGroup', { DBParameterGroupName: 'pg-instances' });
  });

  it('instances take custom groups; pending-reboot shows in ParameterApplyStatus and blocks deletion', () => {
    const h = new Harness();
    h.rds('CreateDBParameterGroup', { DBParameterGroupName: 'mysql-inst', DBParameterGroupFamily: 'aurora-mysql8.0', Description: 'i' });
    createCluster(h);
    createInstance(h, { DBParameterGroupName: 'mysql-inst' });
    expectRefused(h, 'rds', 'CreateDBInstance', { DBInstanceIdentifier: 'r2', DBInstanceClass: 'db.r5.large', Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-prod', DBParameterGroupName: 'absent' }, {
      code: 'DBParameterGroupNotFound',
    });
    h.rds('ModifyDBParameterGroup', { DBParameterGroupName: 'mysql-inst', Parameters: [{ ParameterName: 'performance_schema', ParameterValue: '1', ApplyMethod: 'pending-reboot' }] });
    const instance = h.rds<DBInstanceMessage>('DescribeDBInstances', { DBInstanceIdentifier: 'aurora-writer' }).DBInstances![0];
    expect(instance.DBParameterGroups).toEqual([{ DBParameterGroupName: 'mysql-inst', ParameterApplyStatus: 'pending-reboot' }]);
    expectRefused(h, 'rds', 'DeleteDBParameterGroup', { DBParameterGroupName: 'mysql-inst' }, {
      code: 'InvalidDBParameterGroupState',
      message: 'One or more database instances are still members of this parameter group mysql-inst, so the group cannot be deleted',
    });
  });
});
