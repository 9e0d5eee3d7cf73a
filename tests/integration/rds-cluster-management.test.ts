import {
  AddTagsToResourceCommand,
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  DBClusterNotFoundFault,
  DBClusterQuotaExceededFault,
  DescribeDBClustersCommand,
  InvalidDBClusterCapacityFault,
  InvalidDBClusterStateFault,
  ListTagsForResourceCommand,
  ModifyCurrentDBClusterCapacityCommand,
  ModifyDBClusterCommand,
  RDSClient,
  RemoveTagsFromResourceCommand,
  StartDBClusterCommand,
  StopDBClusterCommand,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, startEndpointServer, type TestSandbox, rdsClientFor } from './support/test-servers';

const MINUTE = 60_000;
const PASSWORD = 'Sup3r-Secret-Pass';

/** Issue 3, clusters area: modify/start/stop/reboot, capacity, Serverless v1/v2 and tags, with the three real clients. */
describe('cluster management against a sandbox (SDK, AWS CLI v2, boto3)', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let rds: RDSClient;
  let account: string;
  const advance = (ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    rds = rdsClientFor(sandbox);
    const created = await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-mysql-prod',
        Engine: 'aurora-mysql',
        EngineVersion: '8.0.mysql_aurora.3.10.0',
        MasterUsername: 'admin',
        MasterUserPassword: PASSWORD,
        BacktrackWindow: 3600,
      }),
    );
    account = created.DBCluster!.DBClusterArn!.split(':')[4];
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'aurora-mysql-writer', DBInstanceClass: 'db.r6g.large', Engine: 'aurora-mysql', DBClusterIdentifier: 'aurora-mysql-prod' }));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'pg-cluster', Engine: 'aurora-postgresql', EngineVersion: '16.4', MasterUsername: 'pgadmin', MasterUserPassword: PASSWORD }));
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'sv1',
        Engine: 'aurora-mysql',
        EngineMode: 'serverless',
        MasterUsername: 'admin',
        MasterUserPassword: PASSWORD,
        ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 16, AutoPause: true, SecondsUntilAutoPause: 300 },
      }),
    );
    await advance(15 * MINUTE);
  });
  afterAll(async () => {
    rds?.destroy();
    await server?.close();
  });

  describe('@aws-sdk/client-rds', () => {
    it('modifies with ApplyImmediately (modifying -> available) and defers without it', async () => {
      const now = await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: 'aurora-mysql-prod', EnableIAMDatabaseAuthentication: true, ApplyImmediately: true }));
      expect(now.DBCluster).toMatchObject({ Status: 'modifying', IAMDatabaseAuthenticationEnabled: true });
      const busy = await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: 'aurora-mysql-prod', BackupRetentionPeriod: 7 })).catch((e: unknown) => e);
      expect(busy).toBeInstanceOf(InvalidDBClusterStateFault);
      expect((busy as Error).message).toBe('DB cluster is not available for modification with status modifying');
      await advance(3 * MINUTE);
      const later = await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: 'aurora-mysql-prod', EnableIAMDatabaseAuthentication: false, BackupRetentionPeriod: 7 }));
      expect(later.DBCluster).toMatchObject({ Status: 'available', BackupRetentionPeriod: 7, IAMDatabaseAuthenticationEnabled: true });
      expect(later.DBCluster?.PendingModifiedValues).toEqual({ IAMDatabaseAuthenticationEnabled: false });
    });

    it('refuses a 0.25-ACU Serverless v2 step and accepts 0.5 steps', async () => {
      const bad = await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: 'pg-cluster', ServerlessV2ScalingConfiguration: { MinCapacity: 0.75, MaxCapacity: 4 } })).catch((e: unknown) => e);
      expect((bad as { name: string }).name).toBe('InvalidParameterValue');
      const ok = await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: 'pg-cluster', ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4.5 } }));
      expect(ok.DBCluster?.ServerlessV2ScalingConfiguration).toEqual({ MinCapacity: 0.5, MaxCapacity: 4.5 });
    });

    it('stops and starts a cluster; Serverless v1 cannot be stopped', async () => {
      const stopped = await rds.send(new StopDBClusterCommand({ DBClusterIdentifier: 'pg-cluster' }));
      expect(stopped.DBCluster?.Status).toBe('stopping');
      await advance(6 * MINUTE);
      expect((await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'pg-cluster' }))).DBClusters?.[0].Status).toBe('stopped');
      expect((await rds.send(new StartDBClusterCommand({ DBClusterIdentifier: 'pg-cluster' }))).DBCluster?.Status).toBe('starting');
      const sv1 = await rds.send(new StopDBClusterCommand({ DBClusterIdentifier: 'sv1' })).catch((e: unknown) => e);
      expect((sv1 as { name: string }).name).toBe('InvalidParameterCombination');
    });

    it('Serverless v1: pauses when idle and ModifyCurrentDBClusterCapacity resumes it', async () => {
      const paused = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sv1' }))).DBClusters?.[0];
      expect(paused).toMatchObject({ EngineMode: 'serverless', Status: 'available', Capacity: 0 });
      const info = await rds.send(new ModifyCurrentDBClusterCapacityCommand({ DBClusterIdentifier: 'sv1', Capacity: 4 }));
      expect(info).toMatchObject({ DBClusterIdentifier: 'sv1', PendingCapacity: 4, CurrentCapacity: 0 });
      const bad = await rds.send(new ModifyCurrentDBClusterCapacityCommand({ DBClusterIdentifier: 'sv1', Capacity: 3 })).catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(InvalidDBClusterCapacityFault);
    });

    it('tags a cluster by ARN; an unknown cluster ARN is DBClusterNotFoundFault', async () => {
      const arn = `arn:aws:rds:us-east-1:${account}:cluster:aurora-mysql-prod`;
      await rds.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'Environment', Value: 'Production' }, { Key: 'Team', Value: 'db' }] }));
      await rds.send(new RemoveTagsFromResourceCommand({ ResourceName: arn, TagKeys: ['Team'] }));
      expect((await rds.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([{ Key: 'Environment', Value: 'Production' }]);
      const missing = await rds.send(new ListTagsForResourceCommand({ ResourceName: `arn:aws:rds:us-east-1:${account}:cluster:nope` })).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(DBClusterNotFoundFault);
    });

    it('refuses the 41st cluster with DBClusterQuotaExceededFault (403)', async () => {
      const quota = await createSandbox(server);
      const client = new RDSClient({ endpoint: quota.endpointUrl, region: quota.region, credentials: { accessKeyId: quota.accessKeyId, secretAccessKey: quota.secretAccessKey } });
      for (let i = 0; i < 40; i++) {
        await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: `q${i}`, Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: PASSWORD }));
      }
      const error = await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'q40', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: PASSWORD })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DBClusterQuotaExceededFault);
      expect((error as DBClusterQuotaExceededFault).$metadata.httpStatusCode).toBe(403);
      client.destroy();
    });
  });

  describe.runIf(haveRealAwsCli())('real AWS CLI v2', () => {
    it('runs the seed commands: IAM auth with --apply-immediately, Enhanced Monitoring on the writer', async () => {
      await advance(5 * MINUTE);
      const { stdout, stderr, status } = await runWithRealCli(
        `aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"monitoring.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}' >/dev/null
aws rds modify-db-cluster --db-cluster-identifier aurora-mysql-prod --enable-iam-database-authentication --apply-immediately --query 'DBCluster.[IAMDatabaseAuthenticationEnabled,PendingModifiedValues]' --output text
aws rds modify-db-instance --db-instance-identifier aurora-mysql-writer --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::${account}:role/rds-monitoring-role --apply-immediately --query 'DBInstance.[MonitoringInterval,MonitoringRoleArn]' --output text`,
        sandbox,
      );
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.trim().split('\n')).toEqual(['True\tNone', `60\tarn:aws:iam::${account}:role/rds-monitoring-role`]);
    });

    it('cannot encrypt an existing cluster: modify-db-cluster has no --storage-encrypted', async () => {
      const result = await runWithRealCli('aws rds modify-db-cluster --db-cluster-identifier pg-cluster --storage-encrypted', sandbox);
      expect(result.status).toBe(252);
      expect(result.stderr).toContain('Unknown options: --storage-encrypted');
    });

    it('prints AWS errors: backtrack on aurora-postgresql, reboot of an Aurora cluster, unknown tag ARN', async () => {
      await advance(10 * MINUTE);
      const backtrack = await runWithRealCli('aws rds modify-db-cluster --db-cluster-identifier pg-cluster --backtrack-window 3600', sandbox);
      expect(backtrack.status).toBe(254);
      expect(backtrack.stderr.trim()).toBe('An error occurred (InvalidParameterCombination) when calling the ModifyDBCluster operation: Backtrack is not supported for aurora-postgresql.');
      const reboot = await runWithRealCli('aws rds reboot-db-cluster --db-cluster-identifier aurora-mysql-prod', sandbox);
      expect(reboot.status).toBe(254);
      expect(reboot.stderr).toContain('An error occurred (InvalidParameterCombination) when calling the RebootDBCluster operation: ');
      const tags = await runWithRealCli(`aws rds list-tags-for-resource --resource-name arn:aws:rds:us-east-1:${account}:db:nope`, sandbox);
      expect(tags.status).toBe(254);
      expect(tags.stderr.trim()).toBe('An error occurred (DBInstanceNotFound) when calling the ListTagsForResource operation: DBInstance nope not found.');
    });

    it('reboots an instance and tags it', async () => {
      const { stdout, status, stderr } = await runWithRealCli(
        `aws rds reboot-db-instance --db-instance-identifier aurora-mysql-writer --query DBInstance.DBInstanceStatus --output text
aws rds add-tags-to-resource --resource-name arn:aws:rds:us-east-1:${account}:db:aurora-mysql-writer --tags Key=Role,Value=writer
aws rds list-tags-for-resource --resource-name arn:aws:rds:us-east-1:${account}:db:aurora-mysql-writer --query 'TagList[0].Value' --output text`,
        sandbox,
      );
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.trim().split('\n')).toEqual(['rebooting', 'writer']);
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    it('modifies windows and deletion protection, and refuses overlapping windows', async () => {
      await advance(5 * MINUTE);
      const result = await runBoto3(
        `c = rds.modify_db_cluster(DBClusterIdentifier='aurora-mysql-prod', PreferredBackupWindow='03:00-03:30', PreferredMaintenanceWindow='Sun:05:00-Sun:05:30', DeletionProtection=True)['DBCluster']
emit([c['PreferredBackupWindow'], c['PreferredMaintenanceWindow'], c['DeletionProtection']])
rds.modify_db_cluster(DBClusterIdentifier='aurora-mysql-prod', PreferredBackupWindow='05:10-05:40')`,
        sandbox,
      );
      expect(result).toEqual([
        ['03:00-03:30', 'sun:05:00-sun:05:30', true],
        { error: { Code: 'InvalidParameterValue', Message: 'The backup window and maintenance window must not overlap.', HTTPStatusCode: 400 } },
      ]);
    });

    it('cannot pass StorageEncrypted to modify_db_cluster (not a ModifyDBCluster parameter)', async () => {
      const result = await runBoto3(
        `from botocore.exceptions import ParamValidationError
try:
    rds.modify_db_cluster(DBClusterIdentifier='pg-cluster', StorageEncrypted=True)
except ParamValidationError as e:
    emit({'param_error': 'StorageEncrypted' in str(e)})`,
        sandbox,
      );
      expect(result).toEqual({ param_error: true });
    });

    it('refuses a capacity change on a provisioned cluster and tags on an unknown cluster', async () => {
      const result = await runBoto3(
        `try:
    rds.modify_current_db_cluster_capacity(DBClusterIdentifier='aurora-mysql-prod', Capacity=4)
except ClientError as e:
    emit(e.response['Error']['Code'])
rds.add_tags_to_resource(ResourceName='arn:aws:rds:us-east-1:${account}:cluster:nope', Tags=[{'Key': 'a', 'Value': 'b'}])`,
        sandbox,
      );
      expect(result).toEqual(['InvalidDBClusterStateFault', { error: { Code: 'DBClusterNotFoundFault', Message: 'DBCluster nope not found.', HTTPStatusCode: 404 } }]);
    });

    it('stops a cluster', async () => {
      await advance(10 * MINUTE);
      const result = await runBoto3(
        `emit(rds.stop_db_cluster(DBClusterIdentifier='aurora-mysql-prod')['DBCluster']['Status'])`,
        sandbox,
      );
      expect(result).toBe('stopping');
    });
  });
});
