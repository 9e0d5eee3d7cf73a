import { DescribeDBClustersCommand, CreateDBClusterCommand, RDSClient } from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { testDatabases } from './support/test-databases';
import { createSandbox, startEndpointServer, type TestSandbox } from './support/test-servers';

function client(sandbox: TestSandbox, accessKeyId: string, secretAccessKey: string): RDSClient {
  return new RDSClient({ endpoint: sandbox.endpointUrl, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });
}

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; $metadata: { httpStatusCode?: number } }> {
  return promise.then(
    () => {
      throw new Error('expected the request to be refused');
    },
    (error: { name: string; $metadata: { httpStatusCode?: number } }) => error,
  );
}

describe.each(testDatabases())('SigV4 authentication on the sandbox endpoint (%s)', (_name, db) => {
  let server: RunningAppServer;
  let mine: TestSandbox;
  let theirs: TestSandbox;
  const create = new CreateDBClusterCommand({ DBClusterIdentifier: 'intruder', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' });

  beforeAll(async () => {
    server = await startEndpointServer({ databaseUrl: db.databaseUrl });
    mine = await createSandbox(server);
    theirs = await createSandbox(server);
  });
  afterAll(async () => server?.close());

  async function logLengths(): Promise<[number, number]> {
    return [(await server.services.sandboxes.actions(mine.id)).length, (await server.services.sandboxes.actions(theirs.id)).length];
  }

  it('refuses a wrong secret with SignatureDoesNotMatch and changes nothing', async () => {
    const before = await logLengths();
    const error = await errorOf(client(mine, mine.accessKeyId, 'wrong-secret-wrong-secret-wrong-secret00').send(create));
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(await logLengths()).toEqual(before);
  });

  it("refuses another sandbox's key signed with my secret", async () => {
    const before = await logLengths();
    const error = await errorOf(client(mine, theirs.accessKeyId, mine.secretAccessKey).send(create));
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(await logLengths()).toEqual(before);
    const theirView = await client(theirs, theirs.accessKeyId, theirs.secretAccessKey).send(new DescribeDBClustersCommand({}));
    expect(theirView.DBClusters).toEqual([]);
  });

  it('refuses an unknown access key with InvalidClientTokenId', async () => {
    const error = await errorOf(client(mine, 'AKIAUNKNOWNUNKNOWN12', mine.secretAccessKey).send(create));
    expect(error.name).toBe('InvalidClientTokenId');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses an unsigned request with MissingAuthenticationToken in AWS XML', async () => {
    const before = await logLengths();
    const response = await fetch(mine.endpointUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=CreateDBCluster&Version=2014-10-31&DBClusterIdentifier=x&Engine=aurora-mysql',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
    const text = await response.text();
    expect(text).toContain('<ErrorResponse');
    expect(text).toContain('<Code>MissingAuthenticationToken</Code>');
    expect(await logLengths()).toEqual(before);
  });

  it('refuses a tampered body (signature covers the payload)', async () => {
    const good = client(mine, mine.accessKeyId, mine.secretAccessKey);
    good.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { body?: string };
        if (typeof request.body === 'string') request.body = request.body.replace('intruder', 'intrudex');
        return next(args);
      },
      { step: 'deserialize', name: 'tamper' },
    );
    const error = await errorOf(good.send(create));
    expect(error.name).toBe('SignatureDoesNotMatch');
  });

  it('refuses an oversized body without reading it all', async () => {
    const response = await fetch(mine.endpointUrl, { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('<Code>RequestEntityTooLarge</Code>');
  });
});
