import type { SandboxView } from '../../src/api/sandbox-view';
import type { CliResult } from '../../src/cli/cli-host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, spawnApp, tempDataDir, type SpawnedApp } from './support/test-servers';

type SandboxBody = SandboxView & { readonly now?: string };
interface ErrorBody {
  error: { code: string; message: string };
}
type CliBody = CliResult;

describe('the product HTTP API', () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    app = await spawnApp({ AURORA_DATA_DIR: tempDataDir() });
  });
  afterAll(async () => app?.stop());

  it('creates a sandbox per the contract, with a guest session', async () => {
    const api = new ApiClient(app.url);
    const created = await api.request<SandboxBody>('POST', '/api/sandboxes');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ region: 'us-east-1', endpointUrl: `${app.url}/aws` });
    expect(created.body.id).toMatch(/^sbx-[0-9a-f]{20}$/);
    expect(created.body.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(created.body.secretAccessKey.length).toBe(40);
    expect(new Date(created.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const fetched = await api.request<SandboxBody>('GET', `/api/sandboxes/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.now).toBeTruthy();
  });

  it('answers bad input with a clear JSON error and changes nothing', async () => {
    const api = new ApiClient(app.url);
    const badJson = await fetch(`${app.url}/api/sandboxes`, { method: 'POST', body: '{not json' });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as ErrorBody).error.code).toBe('InvalidJson');
    const unknownLab = await api.request<ErrorBody>('POST', '/api/sandboxes', { lab: 'no-such-lab' });
    expect(unknownLab.status).toBe(404);
    expect(unknownLab.body.error.code).toBe('LabNotFound');

    const { body: sandbox } = await api.request<SandboxBody>('POST', '/api/sandboxes');
    const before = (await api.request<SandboxBody>('GET', `/api/sandboxes/${sandbox.id}`)).body.now;
    for (const advance of ['soon', '-5m', '0s', '99d', 15]) {
      const response = await api.request<ErrorBody>('POST', `/api/sandboxes/${sandbox.id}/clock`, { advance });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBeTruthy();
    }
    const noCommand = await api.request<ErrorBody>('POST', `/api/sandboxes/${sandbox.id}/cli`, {});
    expect(noCommand.status).toBe(400);
    expect(noCommand.body.error.code).toBe('MissingParameter');
    const after = (await api.request<SandboxBody>('GET', `/api/sandboxes/${sandbox.id}`)).body.now;
    expect(Date.parse(after!) - Date.parse(before!)).toBeLessThan(60_000);
    const history = await api.request<{ actions: unknown[] }>('GET', `/api/sandboxes/${sandbox.id}/actions`);
    expect(history.body.actions).toEqual([]);
  });

  it('keeps one learner out of another learner\'s sandbox', async () => {
    const alice = new ApiClient(app.url);
    const bob = new ApiClient(app.url);
    const { body: sandbox } = await alice.request<SandboxBody>('POST', '/api/sandboxes');
    await bob.request('POST', '/api/sandboxes');
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['POST', '/cli', { command: 'aws rds describe-db-clusters' }],
      ['GET', '/grade', undefined],
      ['POST', '/clock', { advance: '1h' }],
      ['POST', '/reset', undefined],
      ['GET', '/resources', undefined],
      ['GET', '/actions', undefined],
    ] as const) {
      const response = await bob.request<ErrorBody>(method, `/api/sandboxes/${sandbox.id}${path}`, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const anonymous = new ApiClient(app.url);
    expect((await anonymous.request('GET', `/api/sandboxes/${sandbox.id}`)).status).toBe(404);
    const history = await alice.request<{ actions: unknown[] }>('GET', `/api/sandboxes/${sandbox.id}/actions`);
    expect(history.body.actions).toEqual([]);
  });

  it('runs CLI commands, fast-forwards, shows resources, resets, and resumes the lab sandbox', async () => {
    const api = new ApiClient(app.url);
    // None yet: an empty answer, not an error (a browser logs every 404 it fetches).
    expect(await api.request('GET', '/api/labs/first-aurora-mysql-cluster/sandbox')).toEqual({ status: 204, body: undefined });
    const { body: sandbox } = await api.request<SandboxBody>('POST', '/api/sandboxes', { lab: 'first-aurora-mysql-cluster' });
    const resumed = await api.request<SandboxBody>('GET', '/api/labs/first-aurora-mysql-cluster/sandbox');
    expect(resumed.body.id).toBe(sandbox.id);

    const run = await api.request<CliBody>('POST', `/api/sandboxes/${sandbox.id}/cli`, {
      command: 'aws rds create-db-cluster --db-cluster-identifier api-demo --engine aurora-mysql \\\n  --master-username admin --master-user-password Sup3r-Secret-Pass --query DBCluster.Status --output text',
    });
    expect(run.body).toEqual({ stdout: 'creating\n', stderr: '', exitCode: 0 });
    const usage = await api.request<CliBody>('POST', `/api/sandboxes/${sandbox.id}/cli`, { command: 'aws rds create-db-cluster --engine aurora-mysql' });
    expect(usage.body.exitCode).toBe(252);
    expect(usage.body.stderr).toContain('the following arguments are required: --db-cluster-identifier');

    await api.request('POST', `/api/sandboxes/${sandbox.id}/clock`, { advance: '30m' });
    const resources = await api.request<{ clusters: Array<{ id: string; status: string }> }>('GET', `/api/sandboxes/${sandbox.id}/resources`);
    expect(resources.body.clusters).toEqual([expect.objectContaining({ id: 'api-demo', status: 'available' })]);

    expect((await api.request('POST', `/api/sandboxes/${sandbox.id}/reset`)).status).toBe(200);
    const afterReset = await api.request<{ clusters: unknown[] }>('GET', `/api/sandboxes/${sandbox.id}/resources`);
    expect(afterReset.body.clusters).toEqual([]);
    const history = await api.request<{ actions: Array<{ kind: string; operation?: string }> }>('GET', `/api/sandboxes/${sandbox.id}/actions`);
    expect(history.body.actions.map((a) => a.operation ?? a.kind)).toEqual(['CreateDBCluster', 'clock', 'reset']);
  });
});
