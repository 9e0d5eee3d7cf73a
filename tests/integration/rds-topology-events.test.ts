import {
  CreateDBClusterCommand,
  CreateDBClusterEndpointCommand,
  CreateDBInstanceCommand,
  DBClusterEndpointAlreadyExistsFault,
  DBClusterEndpointNotFoundFault,
  DBClusterEndpointQuotaExceededFault,
  DeleteDBClusterEndpointCommand,
  DescribeDBClusterEndpointsCommand,
  DescribeDBClustersCommand,
  DescribeEventCategoriesCommand,
  DescribeEventsCommand,
  FailoverDBClusterCommand,
  InvalidDBClusterStateFault,
  ModifyDBClusterEndpointCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { createSandbox, startEndpointServer, type TestSandbox, rdsClientFor } from './support/test-servers';

const MINUTE = 60_000;

/**
 * Topology and events with the three real clients: custom cluster endpoints, FailoverDBCluster,
 * the 16-instance limit, DescribeEvents and DescribeEventCategories. Each client works on clusters
 * of its own in one sandbox; the virtual clock is moved through the sandbox service.
 */
describe('Aurora topology and events through the real clients', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let rds: RDSClient;

  const advance = (ms: number) => server.services.sandboxes.advanceClock(sandbox.id, ms, 'api');

  async function clusterWith(id: string, instances: Array<{ id: string; tier?: number; size?: string }>) {
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: id, Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' }));
    for (const instance of instances) {
      await rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: instance.id,
          DBClusterIdentifier: id,
          Engine: 'aurora-mysql',
          DBInstanceClass: instance.size ?? 'db.r6g.large',
          PromotionTier: instance.tier,
        }),
      );
    }
  }

  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
    rds = rdsClientFor(sandbox);
    await clusterWith('sdk-topo', [{ id: 'sdk-w' }, { id: 'sdk-r1', tier: 2 }, { id: 'sdk-r2', tier: 0, size: 'db.r6g.xlarge' }]);
    await clusterWith('sdk-solo', [{ id: 'sdk-solo-w' }]);
    await clusterWith('cli-topo', [{ id: 'cli-w' }, { id: 'cli-r1' }]);
    await clusterWith('cli-solo', [{ id: 'cli-solo-w' }]);
    await clusterWith('py-topo', [{ id: 'py-w' }, { id: 'py-r1', tier: 1 }, { id: 'py-r2', tier: 1 }]);
    await clusterWith('full', Array.from({ length: 16 }, (_, i) => ({ id: `full-${i}`, size: 'db.t4g.medium' })));
    await advance(15 * MINUTE);
  }, 60_000);
  afterAll(async () => {
    rds?.destroy();
    await server?.close();
  });

  describe('@aws-sdk/client-rds', () => {
    it('creates, lists, modifies and deletes a custom endpoint beside the built-in ones', async () => {
      const created = await rds.send(
        new CreateDBClusterEndpointCommand({ DBClusterIdentifier: 'sdk-topo', DBClusterEndpointIdentifier: 'sdk-analytics', EndpointType: 'READER', StaticMembers: ['sdk-r1'] }),
      );
      expect(created).toMatchObject({ Status: 'creating', EndpointType: 'CUSTOM', CustomEndpointType: 'READER', StaticMembers: ['sdk-r1'] });
      expect(created.Endpoint).toMatch(/^sdk-analytics\.cluster-custom-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
      const listed = await rds.send(new DescribeDBClusterEndpointsCommand({ DBClusterIdentifier: 'sdk-topo' }));
      expect(listed.DBClusterEndpoints?.map((e) => e.EndpointType)).toEqual(['WRITER', 'READER', 'CUSTOM']);
      expect(listed.DBClusterEndpoints?.[1].Endpoint).toMatch(/^sdk-topo\.cluster-ro-/);

      const duplicate = await rds
        .send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: 'sdk-topo', DBClusterEndpointIdentifier: 'sdk-analytics', EndpointType: 'ANY' }))
        .catch((e: unknown) => e);
      expect(duplicate).toBeInstanceOf(DBClusterEndpointAlreadyExistsFault);
      for (let i = 2; i <= 5; i++) {
        await rds.send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: 'sdk-topo', DBClusterEndpointIdentifier: `sdk-ep-${i}`, EndpointType: 'ANY' }));
      }
      const sixth = await rds
        .send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: 'sdk-topo', DBClusterEndpointIdentifier: 'sdk-ep-6', EndpointType: 'ANY' }))
        .catch((e: unknown) => e);
      expect(sixth).toBeInstanceOf(DBClusterEndpointQuotaExceededFault);
      expect((sixth as DBClusterEndpointQuotaExceededFault).$metadata.httpStatusCode).toBe(403);

      await advance(2 * MINUTE);
      const modified = await rds.send(new ModifyDBClusterEndpointCommand({ DBClusterEndpointIdentifier: 'sdk-analytics', EndpointType: 'ANY', ExcludedMembers: ['sdk-w'] }));
      expect(modified).toMatchObject({ Status: 'modifying', CustomEndpointType: 'ANY', StaticMembers: [], ExcludedMembers: ['sdk-w'] });
      await advance(MINUTE);
      const deleted = await rds.send(new DeleteDBClusterEndpointCommand({ DBClusterEndpointIdentifier: 'sdk-analytics' }));
      expect(deleted.Status).toBe('deleting');
      await advance(MINUTE);
      const gone = await rds.send(new DeleteDBClusterEndpointCommand({ DBClusterEndpointIdentifier: 'sdk-analytics' })).catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(DBClusterEndpointNotFoundFault);
      expect((gone as DBClusterEndpointNotFoundFault).$metadata.httpStatusCode).toBe(400);
    });

    it('fails over to the lowest-tier replica, with failing-over, swapped roles and failover events', async () => {
      const started = await rds.send(new FailoverDBClusterCommand({ DBClusterIdentifier: 'sdk-topo' }));
      expect(started.DBCluster?.Status).toBe('failing-over');
      await advance(30_000);
      const cluster = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sdk-topo' }))).DBClusters![0];
      expect(cluster.Status).toBe('available');
      expect(cluster.DBClusterMembers?.filter((m) => m.IsClusterWriter).map((m) => m.DBInstanceIdentifier)).toEqual(['sdk-r2']);
      const events = await rds.send(new DescribeEventsCommand({ SourceType: 'db-cluster', SourceIdentifier: 'sdk-topo', EventCategories: ['failover'] }));
      expect(events.Events?.map((e) => e.Message)).toEqual([expect.stringMatching(/^Started (same|cross) AZ failover to DB instance: sdk-r2$/), 'Completed failover to DB instance: sdk-r2']);
      expect(events.Events?.[0].Date).toBeInstanceOf(Date);
      const categories = await rds.send(new DescribeEventCategoriesCommand({ SourceType: 'db-cluster' }));
      expect(categories.EventCategoriesMapList?.[0].EventCategories).toContain('failover');
    });

    it('refuses to fail over a single-instance cluster', async () => {
      const error = await rds.send(new FailoverDBClusterCommand({ DBClusterIdentifier: 'sdk-solo' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDBClusterStateFault);
      expect((error as InvalidDBClusterStateFault).message).toBe('Cannot failover DB cluster sdk-solo: it has no Aurora Replica to promote.');
    });
  });

  describe.runIf(haveRealAwsCli())('the real AWS CLI v2', () => {
    const cli = (script: string) => runWithRealCli(script, sandbox);

    it('manages a custom endpoint and reads events and categories', async () => {
      const created = await cli('aws rds create-db-cluster-endpoint --db-cluster-identifier cli-topo --db-cluster-endpoint-identifier cli-reporting --endpoint-type reader --static-members cli-r1');
      expect(created.status).toBe(0);
      expect(JSON.parse(created.stdout)).toMatchObject({ DBClusterEndpointIdentifier: 'cli-reporting', CustomEndpointType: 'READER', Status: 'creating' });
      const custom = await cli(
        "aws rds describe-db-cluster-endpoints --db-cluster-identifier cli-topo --filters Name=db-cluster-endpoint-type,Values=custom --query 'DBClusterEndpoints[].Endpoint' --output text",
      );
      expect(custom.stdout.trim()).toMatch(/^cli-reporting\.cluster-custom-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
      const categories = await cli("aws rds describe-event-categories --source-type db-instance --query 'EventCategoriesMapList[0].EventCategories' --output json");
      expect(JSON.parse(categories.stdout)).toEqual(expect.arrayContaining(['availability', 'creation', 'deletion', 'failover']));
      const events = await cli("aws rds describe-events --source-type db-instance --source-identifier cli-w --duration 1440 --query 'Events[].[Message,EventCategories[0]]' --output json");
      expect(JSON.parse(events.stdout)).toEqual([['DB instance created', 'creation']]);
    });

    it('fails over with a target and refuses what AWS refuses, with the exact error text', async () => {
      const failover = await cli("aws rds failover-db-cluster --db-cluster-identifier cli-topo --target-db-instance-identifier cli-r1 --query 'DBCluster.Status' --output text");
      expect(failover.stdout.trim()).toBe('failing-over');
      const solo = await cli('aws rds failover-db-cluster --db-cluster-identifier cli-solo');
      expect(solo.status).toBe(254);
      expect(solo.stderr.trim()).toBe(
        'An error occurred (InvalidDBClusterStateFault) when calling the FailoverDBCluster operation: Cannot failover DB cluster cli-solo: it has no Aurora Replica to promote.',
      );
      const missing = await cli('aws rds delete-db-cluster-endpoint --db-cluster-endpoint-identifier no-such-endpoint');
      expect(missing.status).toBe(254);
      expect(missing.stderr.trim()).toBe('An error occurred (DBClusterEndpointNotFoundFault) when calling the DeleteDBClusterEndpoint operation: DBClusterEndpoint no-such-endpoint not found.');
      const seventeenth = await cli('aws rds create-db-instance --db-instance-identifier full-16 --db-cluster-identifier full --engine aurora-mysql --db-instance-class db.t4g.medium');
      expect(seventeenth.status).toBe(254);
      expect(seventeenth.stderr).toContain('An error occurred (InstanceQuotaExceeded) when calling the CreateDBInstance operation: ');
      await advance(30_000);
      const writer = await cli("aws rds describe-db-clusters --db-cluster-identifier cli-topo --query 'DBClusters[0].DBClusterMembers[?IsClusterWriter].DBInstanceIdentifier' --output text");
      expect(writer.stdout.trim()).toBe('cli-r1');
    });
  });

  describe.runIf(haveBoto3())('boto3', () => {
    it('creates and describes endpoints, refuses a modify while creating, fails over and lists events', async () => {
      const result = (await runBoto3(
        `
ep = rds.create_db_cluster_endpoint(DBClusterIdentifier='py-topo', DBClusterEndpointIdentifier='py-ep', EndpointType='ANY', ExcludedMembers=['py-w'])
emit({"status": ep["Status"], "type": ep["CustomEndpointType"], "excluded": ep["ExcludedMembers"]})
try:
    rds.modify_db_cluster_endpoint(DBClusterEndpointIdentifier='py-ep', EndpointType='READER')
except ClientError as e:
    emit({"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"]})
types = [e["EndpointType"] for e in rds.describe_db_cluster_endpoints(DBClusterIdentifier='py-topo')["DBClusterEndpoints"]]
emit(types)
fo = rds.failover_db_cluster(DBClusterIdentifier='py-topo')
emit(fo["DBCluster"]["Status"])
events = rds.describe_events(SourceType='db-cluster', SourceIdentifier='py-topo', EventCategories=['failover'])["Events"]
emit([e["Message"] for e in events])
try:
    rds.describe_events(SourceIdentifier='py-topo')
except ClientError as e:
    emit({"code": e.response["Error"]["Code"]})
rds.failover_db_cluster(DBClusterIdentifier='py-solo-missing')
`,
        sandbox,
      )) as unknown[];
      expect(result[0]).toEqual({ status: 'creating', type: 'ANY', excluded: ['py-w'] });
      expect(result[1]).toEqual({ code: 'InvalidDBClusterEndpointStateFault', status: 400 });
      expect(result[2]).toEqual(['WRITER', 'READER', 'CUSTOM']);
      expect(result[3]).toBe('failing-over');
      // Tier 1 twice, same size: the older replica.
      expect(result[4]).toEqual([expect.stringMatching(/^Started (same|cross) AZ failover to DB instance: py-r1$/)]);
      expect(result[5]).toEqual({ code: 'InvalidParameterCombination' });
      expect(result[6]).toEqual({ error: { Code: 'DBClusterNotFoundFault', Message: 'DBCluster py-solo-missing not found.', HTTPStatusCode: 404 } });
    });
  });
});
