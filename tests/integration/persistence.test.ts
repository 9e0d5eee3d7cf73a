import { CreateDBClusterCommand, CreateDBInstanceCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { testDatabases } from './support/test-databases';
import { createSandbox, startEndpointServer, tempDataDir, type TestSandbox } from './support/test-servers';

function rdsFor(sandbox: TestSandbox, endpointUrl: string): RDSClient {
  return new RDSClient({ endpoint: endpointUrl, region: 'us-east-1', credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey } });
}


describe.each(testDatabases())('after a server restart (%s)', (_name, db) => {
  it('every sandbox and its history are still there, with the same state', async () => {
    const dataDir = tempDataDir();
    let server = await startEndpointServer({ dataDir, databaseUrl: db.databaseUrl });
    const sandbox = await createSandbox(server);
    let rds = rdsFor(sandbox, `${server.url}/aws`);
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'kept', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' }));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'kept-1', DBClusterIdentifier: 'kept', Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large' }));
    await server.services.sandboxes.advanceClock(sandbox.id, 3_600_000, 'api');
    const clustersBefore = await rds.send(new DescribeDBClustersCommand({}));
    const instancesBefore = await rds.send(new DescribeDBInstancesCommand({}));
    const historyBefore = await server.services.sandboxes.actions(sandbox.id);
    rds.destroy();
    await server.close();

    server = await startEndpointServer({ dataDir, databaseUrl: db.databaseUrl });
    try {
      rds = rdsFor(sandbox, `${server.url}/aws`);
      const clustersAfter = await rds.send(new DescribeDBClustersCommand({}));
      const instancesAfter = await rds.send(new DescribeDBInstancesCommand({}));
      // LatestRestorableTime follows the (flowing) clock; everything else must be identical.
      const timeless = (clusters: typeof clustersBefore.DBClusters) => clusters?.map(({ LatestRestorableTime: _time, ...rest }) => rest);
      expect(timeless(clustersAfter.DBClusters)).toEqual(timeless(clustersBefore.DBClusters));
      expect(instancesAfter.DBInstances).toEqual(instancesBefore.DBInstances);
      expect(clustersAfter.DBClusters?.[0].Status).toBe('available');
      const historyAfter = await server.services.sandboxes.actions(sandbox.id);
      expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
      expect(historyBefore.map((a) => (a.kind === 'request' ? a.operation : a.kind))).toEqual(['CreateDBCluster', 'CreateDBInstance', 'clock', 'DescribeDBClusters', 'DescribeDBInstances']);
    } finally {
      rds.destroy();
      await server.close();
    }
  });
});

describe('the embedded database folder', () => {
  it('refuses a second server on the same folder instead of corrupting it', async () => {
    const dataDir = tempDataDir();
    const first = await startEndpointServer({ dataDir });
    try {
      await expect(startEndpointServer({ dataDir })).rejects.toThrow(/is in use by process \d+/);
    } finally {
      await first.close();
    }
    const again = await startEndpointServer({ dataDir });
    await again.close();
  });
});
