/**
 * `npm run bench`: throughput of the sandbox's AWS endpoint, each figure beside the throughput of an
 * empty plain handler on the same server (the machine's ceiling). The server runs in this process
 * (embedded database, action log durably appended). The load comes from Debian's `wrk` (installed
 * as root on Debian when missing), else from a Node worker thread, which is itself a bottleneck.
 * Env: BENCH_SECONDS (default 5); BENCH_ONLY (a pattern: only the figures it matches);
 * BENCH_PROFILE (a folder: writes the server's CPU profile of each measured load there).
 */
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Sha256 } from '@aws-crypto/sha256-js';
import type { startAppServer as StartAppServer } from '../src/server/start-app-server';
import { tempDataDirForBench } from './bench/temp-dir';
import type { LoadJob, LoadResult, PreparedRequest } from './bench/load-job';
import { haveWrk, wrkLoad } from './bench/wrk-load';
import { ensureTools } from './system-tools.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
/** Only the figures whose name matches (e.g. `BENCH_ONLY=Create`). */
const only = new RegExp(process.env.BENCH_ONLY ?? '');
ensureTools(['wrk']);
const useWrk = haveWrk();
// The compiled server `npm start` runs (scripts/prepare.mjs builds it), not the sources through tsx.
const { startAppServer } = (await import(path.resolve(import.meta.dirname, '../.build/server/start-app-server.mjs'))) as { startAppServer: typeof StartAppServer };
const server = await startAppServer({ port: 0, host: '127.0.0.1', withNext: false, dataDir: tempDataDirForBench(), benchBaseline: true });
const port = Number(new URL(server.url).port);
const { learnerId } = await server.services.learners.createGuest(new Date());

async function newSandbox() {
  return server.services.labSandboxes.create(learnerId, null);
}

async function signed(sandbox: { accessKeyId: string; secretAccessKey: string }, params: Record<string, string>): Promise<PreparedRequest> {
  const body = new URLSearchParams({ Version: '2014-10-31', ...params }).toString();
  const signer = new SignatureV4({ credentials: sandbox, region: 'us-east-1', service: 'rds', sha256: Sha256 });
  const request = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port,
      path: '/aws/',
      headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body,
    }),
  );
  return { path: '/aws/', headers: request.headers, body };
}

function load(job: Omit<LoadJob, 'port' | 'durationMs'>): Promise<LoadResult> {
  if (useWrk) return wrkLoad(port, job.requests, job.concurrency, seconds, job.expectStatus);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bench/load-worker.mjs', import.meta.url), { workerData: { ...job, port, durationMs: seconds * 1000 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const rows: string[][] = [];
async function measure(name: string, concurrency: number, job: () => Promise<Omit<LoadJob, 'port' | 'durationMs' | 'concurrency'>>) {
  if (!only.test(name)) return;
  const baseline = await load({ concurrency, requests: [{ path: '/__bench/empty', headers: {}, body: '' }], once: false, expectStatus: 200 });
  const prepared = await job();
  const profiler = process.env.BENCH_PROFILE ? await startProfiler() : undefined;
  const result = await load({ ...prepared, concurrency });
  if (profiler) await profiler.stopInto(path.join(process.env.BENCH_PROFILE!, `${name.replace(/\W+/g, '-')}-c${concurrency}.cpuprofile`));
  const rate = result.completed / result.seconds;
  const ceiling = baseline.completed / baseline.seconds;
  rows.push([name, String(concurrency), rate.toFixed(0), ceiling.toFixed(0), `${((rate / ceiling) * 100).toFixed(0)}%`, result.p50Ms.toFixed(2), result.p99Ms.toFixed(2), String(result.failed)]);
  if (result.failed) console.error(`${name}: ${result.failed} failed, first: ${result.firstFailure}`);
  console.log(rows.at(-1)!.join('\t'));
}

async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stopInto(file: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

function createRequests(sandbox: { accessKeyId: string; secretAccessKey: string }, prefix: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      signed(sandbox, { Action: 'CreateDBCluster', DBClusterIdentifier: `${prefix}-${i}`, Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' }),
    ),
  );
}

console.log(`Aurora Lab endpoint benchmark: ${seconds} s per figure, requests/s (ceiling = empty plain handler on the same server), load from ${useWrk ? 'wrk' : 'a Node worker thread (install wrk for a truer ceiling)'}`);
console.log(['operation', 'c', 'req/s', 'ceiling', 'of ceiling', 'p50 ms', 'p99 ms', 'failed'].join('\t'));
for (const clusters of [1, 50]) {
  const sandbox = await newSandbox();
  for (const request of await createRequests(sandbox, 'seed', clusters)) {
    await fetch(`${server.url}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  }
  const describe = await signed(sandbox, { Action: 'DescribeDBClusters' });
  for (const concurrency of [1, 16]) {
    await measure(`DescribeDBClusters (${clusters} cluster${clusters > 1 ? 's' : ''})`, concurrency, async () => ({ requests: [describe], once: false, expectStatus: 200 }));
  }
}
for (const concurrency of [1, 16]) {
  // A sandbox holds at most 40 clusters on AWS; spread creates over many sandboxes as many learners would.
  await measure('CreateDBCluster', concurrency, async () => {
    const requests: PreparedRequest[] = [];
    // Enough unique creates for the whole run at well above the target rate.
    const sandboxesNeeded = Math.ceil((seconds * 8_000) / 40);
    for (let s = 0; s < sandboxesNeeded; s++) requests.push(...(await createRequests(await newSandbox(), `bench-${concurrency}`, 40)));
    return { requests, once: true, expectStatus: 200 };
  });
}
await server.close();
process.exit(0);
