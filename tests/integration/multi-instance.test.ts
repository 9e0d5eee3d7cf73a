import { CreateDBClusterCommand, CreateDBInstanceCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { createSandbox, startEndpointServer, type TestSandbox } from './support/test-servers';

const databaseUrl = process.env.AURORA_TEST_DATABASE_URL;
if (!databaseUrl && process.env.CI === 'true') throw new Error('CI needs AURORA_TEST_DATABASE_URL: npm test starts a PostgreSQL server for it');

function client(server: RunningAppServer, sandbox: TestSandbox): RDSClient {
  return new RDSClient({ endpoint: `${server.url}/aws`, region: 'us-east-1', credentials: sandbox, maxAttempts: 1 });
}

describe.runIf(databaseUrl)('two app instances sharing one PostgreSQL', () => {
  it('serve the same sandbox interchangeably, each seeing what the other did', async () => {
    const a = await startEndpointServer({ databaseUrl });
    const b = await startEndpointServer({ databaseUrl });
    try {
      const sandbox = await createSandbox(a);
      const viaA = client(a, sandbox);
      const viaB = client(b, sandbox);
      await viaA.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'shared', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' }));
      expect((await viaB.send(new DescribeDBClustersCommand({}))).DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(['shared']);
      await viaB.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'shared-1', DBClusterIdentifier: 'shared', Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large' }));
      const fromA = await viaA.send(new DescribeDBInstancesCommand({}));
      const fromB = await viaB.send(new DescribeDBInstancesCommand({}));
      expect(fromA.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['shared-1']);
      expect(fromA.DBInstances).toEqual(fromB.DBInstances);
      const duplicate = await viaA.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'shared-1', DBClusterIdentifier: 'shared', Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large' })).catch((e: Error) => e.name);
      expect(duplicate).toBe('DBInstanceAlreadyExistsFault');
      // Concurrent writes through both instances: a stale copy loses the race for a sequence
      // number, rebuilds from the log and runs the call again; nothing is lost or duplicated.
      const creates = Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? viaA : viaB).send(new CreateDBClusterCommand({ DBClusterIdentifier: `race-${i}`, Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' })),
      );
      expect((await Promise.allSettled(creates)).map((r) => r.status)).toEqual(Array(12).fill('fulfilled'));
      const clusters = (await viaB.send(new DescribeDBClustersCommand({}))).DBClusters?.map((c) => c.DBClusterIdentifier).sort();
      expect(clusters).toEqual(['shared', ...Array.from({ length: 12 }, (_, i) => `race-${i}`)].sort());
      const actions = await a.services.sandboxes.actions(sandbox.id);
      expect(actions.map((x) => x.seq)).toEqual(actions.map((_, i) => i + 1));
      viaA.destroy();
      viaB.destroy();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
