import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBInstanceCommand,
  DeleteDBClusterParameterGroupCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBEngineVersionsCommand,
  DescribeOrderableDBInstanceOptionsCommand,
  EnableHttpEndpointCommand,
  InvalidDBParameterGroupStateFault,
  InvalidResourceStateFault,
  ModifyDBClusterParameterGroupCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, startEndpointServer, type TestSandbox, rdsClientFor } from './support/test-servers';

/** Engines and catalog, parameter groups and the Data API switch, with the three real clients. */
describe('engine catalog, parameter groups and the Data API switch', () => {
  let server: RunningAppServer;

  beforeAll(async () => {
    server = await startEndpointServer();
  });
  afterAll(async () => server?.close());

  async function sandboxWithClient(): Promise<{ sandbox: TestSandbox; rds: RDSClient }> {
    const sandbox = await createSandbox(server);
    const rds = rdsClientFor(sandbox);
    return { sandbox, rds };
  }

  it('@aws-sdk/client-rds: catalog, parameter groups with pending-reboot, Data API', async () => {
    const { sandbox, rds } = await sandboxWithClient();
    try {
      const pg16 = await rds.send(new DescribeDBEngineVersionsCommand({ Engine: 'aurora-postgresql', DBParameterGroupFamily: 'aurora-postgresql16' }));
      expect(pg16.DBEngineVersions?.map((v) => v.EngineVersion)).toEqual(['16.1', '16.2', '16.3', '16.4']);
      expect(pg16.DBEngineVersions?.[0].ServerlessV2FeaturesSupport).toEqual({ MinCapacity: 0.5, MaxCapacity: 256 });
      const old = await rds.send(new DescribeDBEngineVersionsCommand({ Engine: 'aurora-mysql', EngineVersion: '8.0.mysql_aurora.3.02.0', IncludeAll: true }));
      expect(old.DBEngineVersions?.[0].Status).toBe('deprecated');

      const orderable = await rds.send(
        new DescribeOrderableDBInstanceOptionsCommand({ Engine: 'aurora-mysql', EngineVersion: '8.0.mysql_aurora.3.04.0', DBInstanceClass: 'db.r6g.large' }),
      );
      expect(orderable.OrderableDBInstanceOptions?.map((o) => o.StorageType)).toEqual(['aurora', 'aurora-iopt1']);
      expect(orderable.OrderableDBInstanceOptions?.[0].AvailabilityZones?.length).toBeGreaterThan(1);

      await rds.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: 'sdk-mysql', DBParameterGroupFamily: 'aurora-mysql8.0', Description: 'sdk' }));
      await rds.send(
        new CreateDBClusterCommand({
          DBClusterIdentifier: 'sdk-mysql',
          Engine: 'aurora-mysql',
          EngineVersion: '8.0.mysql_aurora.3.04.0',
          MasterUsername: 'admin',
          MasterUserPassword: 'Sup3r-Secret-Pass',
          DBClusterParameterGroupName: 'sdk-mysql',
        }),
      );
      await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'sdk-mysql-1', DBClusterIdentifier: 'sdk-mysql', Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large' }));
      await expect(
        rds.send(
          new ModifyDBClusterParameterGroupCommand({
            DBClusterParameterGroupName: 'sdk-mysql',
            Parameters: [{ ParameterName: 'binlog_format', ParameterValue: 'ROW', ApplyMethod: 'immediate' }],
          }),
        ),
      ).rejects.toMatchObject({ name: 'InvalidParameterCombination', message: 'cannot use immediate apply method for static parameter' });
      await rds.send(
        new ModifyDBClusterParameterGroupCommand({
          DBClusterParameterGroupName: 'sdk-mysql',
          Parameters: [{ ParameterName: 'binlog_format', ParameterValue: 'ROW', ApplyMethod: 'pending-reboot' }],
        }),
      );
      const user = await rds.send(new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: 'sdk-mysql', Source: 'user' }));
      expect(user.Parameters?.map((p) => [p.ParameterName, p.ParameterValue, p.Source])).toEqual([['binlog_format', 'ROW', 'user']]);
      const cluster = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sdk-mysql' }));
      expect(cluster.DBClusters?.[0].DBClusterMembers?.[0].DBClusterParameterGroupStatus).toBe('pending-reboot');
      await expect(rds.send(new DeleteDBClusterParameterGroupCommand({ DBClusterParameterGroupName: 'sdk-mysql' }))).rejects.toBeInstanceOf(
        InvalidDBParameterGroupStateFault,
      );

      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'sdk-pg', Engine: 'aurora-postgresql', EngineVersion: '16.4', MasterUsername: 'pgadmin', MasterUserPassword: 'Sup3r-Secret-Pass' }));
      const arn = (id: string) => `arn:aws:rds:${sandbox.region}:${cluster.DBClusters?.[0].DBClusterArn?.split(':')[4]}:cluster:${id}`;
      const on = await rds.send(new EnableHttpEndpointCommand({ ResourceArn: arn('sdk-pg') }));
      expect(on.HttpEndpointEnabled).toBe(true);
      const pg = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sdk-pg' }));
      expect(pg.DBClusters?.[0].HttpEndpointEnabled).toBe(true);
      await expect(rds.send(new EnableHttpEndpointCommand({ ResourceArn: arn('sdk-mysql') }))).rejects.toBeInstanceOf(InvalidResourceStateFault);
    } finally {
      rds.destroy();
    }
  });

  it.runIf(haveRealAwsCli())('the real AWS CLI v2: catalog, parameter groups, Data API, errors with exit 254', async () => {
    const sandbox = await createSandbox(server);
    const ok = await runWithRealCli(
      `aws rds describe-db-engine-versions --engine aurora-mysql --engine-version 8.0.mysql_aurora.3.02.0 --include-all --query 'DBEngineVersions[0].[Status,DBParameterGroupFamily]' --output text
aws rds describe-orderable-db-instance-options --engine aurora-postgresql --engine-version 16.4 --db-instance-class db.serverless --query 'OrderableDBInstanceOptions[].StorageType' --output text
aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name cli-pg16 --db-parameter-group-family aurora-postgresql16 --description "CLI group" --query 'DBClusterParameterGroup.DBClusterParameterGroupArn' --output text
aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name cli-pg16 --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate" "ParameterName=log_min_duration_statement,ParameterValue=500,ApplyMethod=immediate" --output text
aws rds describe-db-cluster-parameters --db-cluster-parameter-group-name cli-pg16 --source user --query 'Parameters[].[ParameterName,ParameterValue]' --output text
aws rds describe-db-cluster-parameter-groups --query 'length(DBClusterParameterGroups[?starts_with(DBClusterParameterGroupName, \`default.\`)])' --output text
aws rds create-db-cluster --db-cluster-identifier cli-pg --engine aurora-postgresql --engine-version 15.4 --master-username pgadmin --master-user-password Sup3r-Secret-Pass --db-cluster-parameter-group-name cli-pg16 > /dev/null || echo "refused"
aws rds create-db-cluster --db-cluster-identifier cli-pg --engine aurora-postgresql --engine-version 16.4 --master-username pgadmin --master-user-password Sup3r-Secret-Pass --db-cluster-parameter-group-name cli-pg16 --enable-http-endpoint --query 'DBCluster.[DBClusterParameterGroup,HttpEndpointEnabled]' --output text`,
      sandbox,
    );
    expect(ok.stderr).toContain('An error occurred (InvalidParameterCombination) when calling the CreateDBCluster operation: The Parameter Group cli-pg16 with DBParameterGroupFamily aurora-postgresql16 cannot be used');
    expect(ok.status).toBe(0);
    const lines = ok.stdout.trim().split('\n');
    expect(lines[0]).toBe('deprecated\taurora-mysql8.0');
    expect(lines[1]).toBe('aurora\taurora-iopt1');
    expect(lines[2]).toMatch(/^arn:aws:rds:us-east-1:\d{12}:cluster-pg:cli-pg16$/);
    expect(lines[3]).toBe('cli-pg16');
    expect(lines[4]).toBe('log_min_duration_statement\t500');
    expect(lines[5]).toBe('rds.force_ssl\t1');
    expect(Number(lines[6])).toBeGreaterThanOrEqual(11);
    expect(lines.slice(7)).toEqual(['refused', 'cli-pg16\tTrue']);

    const staticImmediate = await runWithRealCli(
      `aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name cli-pg16 --parameters "ParameterName=shared_preload_libraries,ParameterValue=pg_stat_statements,ApplyMethod=immediate"`,
      sandbox,
    );
    expect(staticImmediate.status).toBe(254);
    expect(staticImmediate.stderr.trim()).toBe(
      'An error occurred (InvalidParameterCombination) when calling the ModifyDBClusterParameterGroup operation: cannot use immediate apply method for static parameter',
    );
    const deleteDefault = await runWithRealCli(`aws rds delete-db-cluster-parameter-group --db-cluster-parameter-group-name default.aurora-postgresql16`, sandbox);
    expect(deleteDefault.status).toBe(254);
    expect(deleteDefault.stderr.trim()).toBe(
      'An error occurred (InvalidDBParameterGroupState) when calling the DeleteDBClusterParameterGroup operation: Default DBClusterParameterGroup cannot be deleted: default.aurora-postgresql16',
    );
    const missing = await runWithRealCli(`aws rds describe-db-cluster-parameters --db-cluster-parameter-group-name nope`, sandbox);
    expect(missing.status).toBe(254);
    expect(missing.stderr.trim()).toBe('An error occurred (DBParameterGroupNotFound) when calling the DescribeDBClusterParameters operation: DBClusterParameterGroup not found: nope');
    // Debian's CLI 2.9.19 predates EnableHttpEndpoint (Dec 2023): the switch is exercised at creation here.
    const mysqlDataApi = await runWithRealCli(
      `aws rds create-db-cluster --db-cluster-identifier cli-mysql --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass --enable-http-endpoint`,
      sandbox,
    );
    expect(mysqlDataApi.status).toBe(254);
    expect(mysqlDataApi.stderr.trim()).toMatch(/^An error occurred \(InvalidParameterCombination\) when calling the CreateDBCluster operation: The HTTP endpoint \(Data API\) isn't supported for engine aurora-mysql/);
  });

  it.runIf(haveRealAwsCli())('the real AWS CLI v2: the seed\'s parameter-group and Data API commands', async () => {
    const sandbox = await createSandbox(server);
    const seed = await runWithRealCli(
      `aws rds create-db-cluster-parameter-group --db-cluster-parameter-group-name aurora-mysql-params --db-parameter-group-family aurora-mysql8.0 --description "Aurora MySQL 8.0 cluster parameters" > /dev/null
aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name aurora-mysql-params --parameters ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=pending-reboot --output text
aws rds create-db-cluster --db-cluster-identifier aurora-serverless-dev --engine aurora-mysql --engine-mode serverless --master-username admin --master-user-password SecurePassword123! --scaling-configuration '{"MinCapacity": 2, "MaxCapacity": 64, "AutoPause": true, "SecondsUntilAutoPause": 3600, "TimeoutAction": "ForceApplyCapacityChange", "SecondsBeforeTimeout": 300}' --enable-http-endpoint --storage-encrypted --query 'DBCluster.[EngineMode,HttpEndpointEnabled]' --output text`,
      sandbox,
    );
    expect(seed.stderr).toBe('');
    expect(seed.stdout.trim().split('\n')).toEqual(['aurora-mysql-params', 'serverless\tTrue']);
  });

  it.runIf(haveBoto3())('boto3: engine versions, instance parameter groups, Data API switch', async () => {
    const sandbox = await createSandbox(server);
    const result = await runBoto3(
      `defaults = [v['EngineVersion'] for v in rds.describe_db_engine_versions(Engine='aurora-postgresql', DefaultOnly=True)['DBEngineVersions']]
rds.create_db_parameter_group(DBParameterGroupName='py-inst', DBParameterGroupFamily='aurora-mysql8.0', Description='py')
rds.modify_db_parameter_group(DBParameterGroupName='py-inst', Parameters=[{'ParameterName': 'slow_query_log', 'ParameterValue': '1', 'ApplyMethod': 'immediate'}])
user = [(p['ParameterName'], p['ParameterValue'], p['Source']) for p in rds.describe_db_parameters(DBParameterGroupName='py-inst', Source='user')['Parameters']]
groups = [g['DBParameterGroupName'] for g in rds.describe_db_parameter_groups()['DBParameterGroups']]
engine_defaults = rds.describe_engine_default_cluster_parameters(DBParameterGroupFamily='aurora-mysql5.7')['EngineDefaults']
try:
    rds.modify_db_parameter_group(DBParameterGroupName='py-inst', Parameters=[{'ParameterName': 'nonsense', 'ParameterValue': '1', 'ApplyMethod': 'immediate'}])
    unknown = None
except ClientError as e:
    unknown = [e.response['Error']['Code'], e.response['Error']['Message']]
# Debian's botocore 1.29 predates EnableHttpEndpoint (Dec 2023): the switch is exercised at creation here.
on = rds.create_db_cluster(DBClusterIdentifier='py-pg', Engine='aurora-postgresql', EngineVersion='15.4', MasterUsername='pgadmin', MasterUserPassword='Sup3r-Secret-Pass', EnableHttpEndpoint=True)['DBCluster']['HttpEndpointEnabled']
try:
    rds.create_db_cluster(DBClusterIdentifier='py-pg12', Engine='aurora-postgresql', EngineVersion='12.20', MasterUsername='pgadmin', MasterUserPassword='Sup3r-Secret-Pass', EnableHttpEndpoint=True)
    off = None
except ClientError as e:
    off = e.response['Error']['Code']
emit({'defaults': defaults, 'user': user, 'hasDefault': 'default.aurora-mysql8.0' in groups, 'hasCustom': 'py-inst' in groups,
      'family': engine_defaults['DBParameterGroupFamily'], 'audit': any(p['ParameterName'] == 'server_audit_logging' for p in engine_defaults['Parameters']),
      'unknown': unknown, 'on': on, 'off': off})`,
      sandbox,
    );
    expect(result).toEqual({
      defaults: ['16.4'],
      user: [['slow_query_log', '1', 'user']],
      hasDefault: true,
      hasCustom: true,
      family: 'aurora-mysql5.7',
      audit: true,
      unknown: ['InvalidParameterValue', 'Could not find parameter with name: nonsense'],
      on: true,
      off: 'InvalidParameterCombination',
    });
    const missing = await runBoto3(`rds.delete_db_parameter_group(DBParameterGroupName='absent')`, sandbox);
    expect(missing).toEqual({ error: { Code: 'DBParameterGroupNotFound', Message: 'DBParameterGroup not found: absent', HTTPStatusCode: 404 } });
  });
});
