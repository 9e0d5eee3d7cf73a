import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SandboxView } from '../../src/api/sandbox-view';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/grading/grade-report';
import { haveRealAwsCli, runWithRealCli } from './support/real-aws-cli';
import { ApiClient, spawnApp, tempDataDir, type SpawnedApp } from './support/test-servers';

const LAB = 'first-aurora-mysql-cluster';
const solution = readFileSync(path.resolve(import.meta.dirname, `../../labs/${LAB}/solution.sh`), 'utf8');

type SandboxBody = SandboxView & { readonly now?: string };

describe.runIf(haveRealAwsCli())('the first lab, solved with the real AWS CLI v2 from a terminal', () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    app = await spawnApp({ AURORA_DATA_DIR: tempDataDir() });
  });
  afterAll(async () => app?.stop());

  it('grades as passed', async () => {
    const api = new ApiClient(app.url);
    const created = await api.request<SandboxBody>('POST', '/api/sandboxes', { lab: LAB });
    expect(created.status).toBe(201);
    const sandbox = created.body;
    expect(sandbox.endpointUrl).toBe(`${app.url}/aws`);

    const before = await api.request<GradeReport>('GET', `/api/sandboxes/${sandbox.id}/grade`);
    expect(before.body.passed).toBe(false);

    // The real waiters sleep 30 real seconds between polls: run everything but them, fast-forward
    // the sandbox's clock as a learner would, then let the waiters confirm at once.
    const [setup, waits] = [solution.replace(/^aws rds wait.*$/gm, ''), solution.match(/^aws rds wait.*$/gm)?.join('\n') ?? ''];
    const run = await runWithRealCli(setup, sandbox);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"DBClusterIdentifier": "lab-aurora-mysql"');
    expect(run.stdout).toContain('"Status": "creating"');

    const mid = await api.request<GradeReport>('GET', `/api/sandboxes/${sandbox.id}/grade`);
    expect(mid.body.passed).toBe(false);
    expect(mid.body.steps.find((s) => s.id === 'available')?.passed).toBe(false);

    expect((await api.request('POST', `/api/sandboxes/${sandbox.id}/clock`, { advance: '1h' })).status).toBe(200);
    const waited = await runWithRealCli(waits, sandbox);
    expect(waited.status).toBe(0);

    const after = await api.request<GradeReport>('GET', `/api/sandboxes/${sandbox.id}/grade`);
    expect(after.status).toBe(200);
    expect(after.body.steps.flatMap((s) => s.checks).filter((c) => !c.passed)).toEqual([]);
    expect(after.body.passed).toBe(true);
    expect(after.body.score).toBe(after.body.maxScore);
  });

  it('prints AWS service errors and exit code 254 for a duplicate cluster', async () => {
    const api = new ApiClient(app.url);
    const sandbox = (await api.request<SandboxBody>('POST', '/api/sandboxes', {})).body;
    const create = 'aws rds create-db-cluster --db-cluster-identifier twice --engine aurora-mysql --master-username admin --master-user-password Sup3r-Secret-Pass';
    expect((await runWithRealCli(create, sandbox)).status).toBe(0);
    const again = await runWithRealCli(create, sandbox);
    expect(again.status).toBe(254);
    expect(again.stderr.trim()).toBe('An error occurred (DBClusterAlreadyExistsFault) when calling the CreateDBCluster operation: DB Cluster already exists');
  });
});
