import {
  CreateDBClusterCommand,
  CreateGlobalClusterCommand,
  DeleteGlobalClusterCommand,
  DescribeDBClustersCommand,
  DescribeGlobalClustersCommand,
  FailoverGlobalClusterCommand,
  GlobalClusterAlreadyExistsFault,
  GlobalClusterNotFoundFault,
  InvalidGlobalClusterStateFault,
  ModifyGlobalClusterCommand,
  RDSClient,
  RemoveFromGlobalClusterCommand,
  SwitchoverGlobalClusterCommand,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, startEndpointServer, type TestSandbox } from './support/test-servers';

const VERSION = '8.0.mysql_aurora.3.04.0';
const MINUTE = 60_000;

function clientFor(sandbox: TestSandbox, region: string): RDSClient {
  return new RDSClient({
    endpoint: sandbox.endpointUrl,
    region,
    credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey },
  });
}

describe('Aurora Global Database with the three real clients', () => {
  let server: RunningAppServer;
  beforeAll(async () => {
    server = await startEndpointServer();
  });
  afterAll(async () => server?.close());

  const advance = (sandbox: TestSandbox, ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');

  it('@aws-sdk/client-rds: create, secondary in another region, switchover, failover, remove, delete', async () => {
    const sandbox = await createSandbox(server);
    const east = clientFor(sandbox, 'us-east-1');
    const west = clientFor(sandbox, 'eu-west-1');
    try {
      const created = await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', Engine: 'aurora-mysql', EngineVersion: VERSION }));
      expect(created.GlobalCluster).toMatchObject({ GlobalClusterIdentifier: 'sdk-global', Status: 'available', GlobalClusterMembers: [] });
      const account = created.GlobalCluster!.GlobalClusterArn!.split(':')[4];
      const primaryArn = `arn:aws:rds:us-east-1:${account}:cluster:sdk-primary`;
      const secondaryArn = `arn:aws:rds:eu-west-1:${account}:cluster:sdk-secondary`;

      const duplicate = await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', Engine: 'aurora-mysql' })).catch((e: unknown) => e);
      expect(duplicate).toBeInstanceOf(GlobalClusterAlreadyExistsFault);

      await east.send(
        new CreateDBClusterCommand({
          DBClusterIdentifier: 'sdk-primary',
          Engine: 'aurora-mysql',
          EngineVersion: VERSION,
          MasterUsername: 'admin',
          MasterUserPassword: 'Sup3r-Secret-Pass',
          GlobalClusterIdentifier: 'sdk-global',
        }),
      );
      const withCredentials = await west
        .send(
          new CreateDBClusterCommand({
            DBClusterIdentifier: 'sdk-secondary',
            Engine: 'aurora-mysql',
            MasterUsername: 'admin',
            MasterUserPassword: 'Sup3r-Secret-Pass',
            GlobalClusterIdentifier: 'sdk-global',
          }),
        )
        .catch((e: unknown) => e);
      expect((withCredentials as Error).name).toBe('InvalidParameterCombination');
      const secondary = await west.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'sdk-secondary', Engine: 'aurora-mysql', GlobalClusterIdentifier: 'sdk-global' }));
      expect(secondary.DBCluster).toMatchObject({ GlobalClusterIdentifier: 'sdk-global', EngineVersion: VERSION, DBClusterArn: secondaryArn });
      await advance(sandbox, 5 * MINUTE);

      const described = await west.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: 'sdk-global' }));
      expect(described.GlobalClusters![0].GlobalClusterMembers!.map((m) => [m.DBClusterArn, m.IsWriter, m.Readers])).toEqual([
        [primaryArn, true, [secondaryArn]],
        [secondaryArn, false, []],
      ]);
      const inUse = await east.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global' })).catch((e: unknown) => e);
      expect(inUse).toBeInstanceOf(InvalidGlobalClusterStateFault);
      expect((inUse as Error).message).toBe(`Global Cluster arn:aws:rds::${account}:global-cluster:sdk-global is not empty`);

      const switching = await east.send(new SwitchoverGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', TargetDbClusterIdentifier: secondaryArn }));
      expect(switching.GlobalCluster).toMatchObject({
        Status: 'switching-over',
        FailoverState: { Status: 'pending', FromDbClusterArn: primaryArn, ToDbClusterArn: secondaryArn, IsDataLossAllowed: false },
      });
      await advance(sandbox, 2 * MINUTE);
      const switched = await east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: 'sdk-global' }));
      expect(switched.GlobalClusters![0].Status).toBe('available');
      expect(switched.GlobalClusters![0].GlobalClusterMembers![0]).toMatchObject({ DBClusterArn: secondaryArn, IsWriter: true });

      const failing = await east.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', TargetDbClusterIdentifier: primaryArn, AllowDataLoss: true }));
      expect(failing.GlobalCluster).toMatchObject({ Status: 'failing-over', FailoverState: { IsDataLossAllowed: true } });
      await advance(sandbox, 2 * MINUTE);

      await east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', DbClusterIdentifier: secondaryArn }));
      const detached = await west.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sdk-secondary' }));
      expect(detached.DBClusters![0]).toMatchObject({ Status: 'promoting' });
      expect(detached.DBClusters![0].GlobalClusterIdentifier).toBeUndefined();
      await east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', DbClusterIdentifier: primaryArn }));
      await east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-global', NewGlobalClusterIdentifier: 'sdk-renamed' }));
      const deleted = await east.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: 'sdk-renamed' }));
      expect(deleted.GlobalCluster?.Status).toBe('deleting');
      await advance(sandbox, MINUTE);
      const gone = await east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: 'sdk-renamed' })).catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(GlobalClusterNotFoundFault);
      expect((gone as GlobalClusterNotFoundFault).$metadata.httpStatusCode).toBe(404);
    } finally {
      east.destroy();
      west.destroy();
    }
  });

  it.runIf(haveRealAwsCli())('the real AWS CLI v2: --region selects the secondary region; errors exit 254 with AWS text', async () => {
    const sandbox = await createSandbox(server);
    const setup = await runWithRealCli(
      `aws rds create-global-cluster --global-cluster-identifier cli-global --engine aurora-mysql --engine-version ${VERSION} --query GlobalCluster.Status --output text
aws rds create-db-cluster --db-cluster-identifier cli-primary --engine aurora-mysql --engine-version ${VERSION} --master-username admin --master-user-password Sup3r-Secret-Pass --global-cluster-identifier cli-global --query DBCluster.DBClusterIdentifier --output text
aws rds create-db-cluster --region eu-west-1 --db-cluster-identifier cli-secondary --engine aurora-mysql --global-cluster-identifier cli-global --query DBCluster.DBClusterArn --output text`,
      sandbox,
    );
    expect(setup.stderr).toBe('');
    // Debian's CLI and boto3 models predate DBCluster.GlobalClusterIdentifier, so they cannot show it.
    const [status, primaryId, secondaryArn] = setup.stdout.trim().split('\n');
    expect([status, primaryId]).toEqual(['available', 'cli-primary']);
    expect(secondaryArn).toMatch(/^arn:aws:rds:eu-west-1:\d{12}:cluster:cli-secondary$/);
    await advance(sandbox, 5 * MINUTE);

    const members = await runWithRealCli(
      `aws rds describe-global-clusters --region ap-south-1 --query 'GlobalClusters[0].GlobalClusterMembers[].[DBClusterArn,IsWriter]' --output text`,
      sandbox,
    );
    expect(members.stdout.trim().split('\n').map((line) => line.split('\t')[1])).toEqual(['True', 'False']);

    const duplicate = await runWithRealCli('aws rds create-global-cluster --global-cluster-identifier cli-global --engine aurora-mysql', sandbox);
    expect(duplicate.status).toBe(254);
    expect(duplicate.stderr.trim()).toBe(
      'An error occurred (GlobalClusterAlreadyExistsFault) when calling the CreateGlobalCluster operation: Global cluster cli-global already exists',
    );
    const missing = await runWithRealCli('aws rds delete-global-cluster --global-cluster-identifier nope', sandbox);
    expect(missing.status).toBe(254);
    expect(missing.stderr.trim()).toBe('An error occurred (GlobalClusterNotFoundFault) when calling the DeleteGlobalCluster operation: Global cluster nope not found');
    const notEmpty = await runWithRealCli('aws rds delete-global-cluster --global-cluster-identifier cli-global', sandbox);
    expect(notEmpty.status).toBe(254);
    expect(notEmpty.stderr.trim()).toMatch(
      /^An error occurred \(InvalidGlobalClusterStateFault\) when calling the DeleteGlobalCluster operation: Global Cluster arn:aws:rds::\d{12}:global-cluster:cli-global is not empty$/,
    );

    // Debian's CLI 2.9 predates switchover-global-cluster and AllowDataLoss: its failover-global-cluster
    // is the managed planned failover, which the current model calls a switchover.
    const switchover = await runWithRealCli(
      `aws rds failover-global-cluster --global-cluster-identifier cli-global --target-db-cluster-identifier ${secondaryArn} --query 'GlobalCluster.[Status,FailoverState.Status]' --output text`,
      sandbox,
    );
    expect(switchover.stdout.trim()).toBe('switching-over\tpending');
    await advance(sandbox, 2 * MINUTE);
    const writer = await runWithRealCli(
      `aws rds describe-global-clusters --global-cluster-identifier cli-global --query 'GlobalClusters[0].GlobalClusterMembers[?IsWriter].DBClusterArn' --output text`,
      sandbox,
    );
    expect(writer.stdout.trim()).toBe(secondaryArn);
    const removed = await runWithRealCli(
      `aws rds remove-from-global-cluster --global-cluster-identifier cli-global --db-cluster-identifier ${secondaryArn.replace('cli-secondary', 'nope')}`,
      sandbox,
    );
    expect(removed.status).toBe(254);
    expect(removed.stderr.trim()).toBe(
      `An error occurred (InvalidParameterValue) when calling the RemoveFromGlobalCluster operation: Cluster ${secondaryArn.replace('cli-secondary', 'nope')} is not part of the global cluster cli-global`,
    );
  });

  it.runIf(haveBoto3())('boto3: a secondary through a second region client, planned failover and errors', async () => {
    const sandbox = await createSandbox(server);
    const setup = await runBoto3(
      `rds.create_global_cluster(GlobalClusterIdentifier='py-global', Engine='aurora-postgresql', EngineVersion='16.4')
rds.create_db_cluster(DBClusterIdentifier='py-primary', Engine='aurora-postgresql', EngineVersion='16.4', MasterUsername='pgadmin', MasterUserPassword='Sup3r-Secret-Pass', GlobalClusterIdentifier='py-global')
west = region_client('rds', 'us-west-2')
c = west.create_db_cluster(DBClusterIdentifier='py-secondary', Engine='aurora-postgresql', GlobalClusterIdentifier='py-global')['DBCluster']
emit({'arn': c['DBClusterArn'], 'version': c['EngineVersion']})`,
      sandbox,
    );
    const { arn } = setup as { arn: string };
    expect(setup).toMatchObject({ version: '16.4' });
    await advance(sandbox, 5 * MINUTE);
    const failover = await runBoto3(
      `g = rds.failover_global_cluster(GlobalClusterIdentifier='py-global', TargetDbClusterIdentifier=${JSON.stringify(arn)})['GlobalCluster']
emit([g['Status'], g['FailoverState']['Status'], g['FailoverState']['ToDbClusterArn']])`,
      sandbox,
    );
    expect(failover).toEqual(['switching-over', 'pending', arn]);
    await advance(sandbox, 2 * MINUTE);
    const after = await runBoto3(
      `g = rds.describe_global_clusters(GlobalClusterIdentifier='py-global')['GlobalClusters'][0]
emit([[m['DBClusterArn'], m['IsWriter']] for m in g['GlobalClusterMembers']])`,
      sandbox,
    );
    expect((after as Array<[string, boolean]>)[0]).toEqual([arn, true]);
    const missing = await runBoto3(`rds.describe_global_clusters(GlobalClusterIdentifier='nope')`, sandbox);
    expect(missing).toEqual({ error: { Code: 'GlobalClusterNotFoundFault', Message: 'Global cluster nope not found', HTTPStatusCode: 404 } });
    const notEmpty = await runBoto3(`rds.delete_global_cluster(GlobalClusterIdentifier='py-global')`, sandbox);
    expect(notEmpty).toMatchObject({ error: { Code: 'InvalidGlobalClusterStateFault', HTTPStatusCode: 400 } });
    const badVersion = await runBoto3(`rds.create_global_cluster(GlobalClusterIdentifier='py-old', Engine='aurora-mysql', EngineVersion='5.7.mysql_aurora.2.03.2')`, sandbox);
    expect(badVersion).toEqual({
      error: { Code: 'InvalidParameterValue', Message: 'The requested engine version was not found or does not support global functionality', HTTPStatusCode: 400 },
    });
  });
});
