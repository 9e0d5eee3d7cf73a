import {
  CreateDBClusterCommand,
  DBClusterAlreadyExistsFault,
  DBClusterNotFoundFault,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { testDatabases } from './support/test-databases';
import { createSandbox, startEndpointServer, type TestSandbox, rdsClientFor } from './support/test-servers';

describe.each(testDatabases())('@aws-sdk/client-rds against a sandbox (%s)', (_name, db) => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  let rds: RDSClient;

  beforeAll(async () => {
    server = await startEndpointServer({ databaseUrl: db.databaseUrl });
    sandbox = await createSandbox(server);
    rds = rdsClientFor(sandbox);
  });
  afterAll(async () => {
    rds?.destroy();
    await server?.close();
  });

  it('creates, describes and deletes a cluster', async () => {
    const created = await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'sdk-cluster',
        Engine: 'aurora-postgresql',
        MasterUsername: 'pgadmin',
        MasterUserPassword: 'Sup3r-Secret-Pass',
        Tags: [{ Key: 'env', Value: 'test' }],
      }),
    );
    expect(created.DBCluster?.DBClusterIdentifier).toBe('sdk-cluster');
    expect(created.DBCluster?.Status).toBe('creating');
    expect(created.DBCluster?.Engine).toBe('aurora-postgresql');
    expect(created.DBCluster?.Port).toBe(5432);
    expect(created.DBCluster?.Endpoint).toMatch(/^sdk-cluster\.cluster-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(created.DBCluster?.ClusterCreateTime).toBeInstanceOf(Date);
    expect(created.$metadata.httpStatusCode).toBe(200);
    expect(created.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const described = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sdk-cluster' }));
    expect(described.DBClusters).toHaveLength(1);
    expect(described.DBClusters?.[0].DBClusterArn).toBe(`arn:aws:rds:us-east-1:${created.DBCluster?.DBClusterArn?.split(':')[4]}:cluster:sdk-cluster`);

    const deleted = await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: 'sdk-cluster', SkipFinalSnapshot: true }));
    expect(deleted.DBCluster?.Status).toBe('deleting');
  });

  it('logs a burst of identical reads as few rows that count every request', async () => {
    const before = await server.services.sandboxes.actions(sandbox.id);
    await Promise.all(Array.from({ length: 40 }, () => rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'sdk-cluster' }))));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'after-burst', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' }));
    const added = (await server.services.sandboxes.actions(sandbox.id)).slice(before.length);
    const reads = added.filter((a) => a.kind === 'request' && a.operation === 'DescribeDBClusters');
    expect(reads.reduce((sum, a) => sum + (a.kind === 'request' ? (a.repeat ?? 1) : 0), 0)).toBe(40);
    expect(reads.length).toBeLessThan(40);
    const lastSeqBefore = before.at(-1)?.seq ?? 0;
    expect(added.map((a) => a.seq)).toEqual(added.map((_, i) => lastSeqBefore + i + 1));
  });

  it('raises DBClusterAlreadyExistsFault for a duplicate identifier', async () => {
    const input = { DBClusterIdentifier: 'dup-cluster', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' };
    await rds.send(new CreateDBClusterCommand(input));
    const error = await rds.send(new CreateDBClusterCommand(input)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DBClusterAlreadyExistsFault);
    expect((error as DBClusterAlreadyExistsFault).$metadata.httpStatusCode).toBe(400);
    expect((error as DBClusterAlreadyExistsFault).$metadata.requestId).toBeTruthy();
  });

  it('raises DBClusterNotFoundFault for an unknown cluster, on describe and delete', async () => {
    const describeError = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'nope' })).catch((e: unknown) => e);
    expect(describeError).toBeInstanceOf(DBClusterNotFoundFault);
    expect((describeError as DBClusterNotFoundFault).$metadata.httpStatusCode).toBe(404);
    const deleteError = await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: 'nope', SkipFinalSnapshot: true })).catch((e: unknown) => e);
    expect(deleteError).toBeInstanceOf(DBClusterNotFoundFault);
  });

  it('refuses a request missing a required member with MissingParameter', async () => {
    const error = (await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'no-engine' } as never)).catch((e: unknown) => e)) as {
      name: string;
      message: string;
      $metadata: { httpStatusCode: number };
    };
    expect(error.name).toBe('MissingParameter');
    expect(error.message).toContain('Engine');
    expect(error.$metadata.httpStatusCode).toBe(400);
    const listed = await rds.send(new DescribeDBClustersCommand({}));
    expect(listed.DBClusters?.map((c) => c.DBClusterIdentifier)).not.toContain('no-engine');
  });
});
