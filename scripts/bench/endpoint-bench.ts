import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Sha256 } from '@aws-crypto/sha256-js';
import type { startAppServer as StartAppServer } from '../../src/server/start-app-server';
import { startCpuProfiler } from './cpu-profiler';
import type { LoadJob, LoadResult, PreparedRequest } from './load-job';
import { tempDataDirForBench } from './temp-dir';
import { haveWrk, wrkLoad } from './wrk-load';

export interface EndpointBenchOptions {
  readonly seconds: number;
  /** Only the figures whose name matches. */
  readonly only: RegExp;
  /** A folder for the server's CPU profile of each measured load. */
  readonly profileDir?: string;
}

/** The figures this section can produce, by name (what `BENCH_ONLY` is matched against). */
const FIGURES = ['DescribeDBClusters (1 cluster)', 'DescribeDBClusters (50 clusters)', 'CreateDBCluster'];

/**
 * Throughput of the sandbox's AWS endpoint, each figure beside the throughput of an empty plain
 * handler on the same server (the machine's ceiling). The load comes from `wrk` when installed,
 * else from a Node worker thread, which is itself a bottleneck.
 */
export async function runEndpointBench(startAppServer: typeof StartAppServer, options: EndpointBenchOptions): Promise<void> {
  if (!FIGURES.some((name) => options.only.test(name))) return;
  const { seconds, only } = options;
  const useWrk = haveWrk();
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
      const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { ...job, port, durationMs: seconds * 1000 } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  }

  async function measure(name: string, concurrency: number, job: () => Promise<Omit<LoadJob, 'port' | 'durationMs' | 'concurrency'>>) {
    if (!only.test(name)) return;
    const baseline = await load({ concurrency, requests: [{ path: '/__bench/empty', headers: {}, body: '' }], once: false, expectStatus: 200 });
    const prepared = await job();
    const profiler = options.profileDir ? await startCpuProfiler() : undefined;
    const result = await load({ ...prepared, concurrency });
    if (profiler) await profiler.stopInto(path.join(options.profileDir!, `${name.replace(/\W+/g, '-')}-c${concurrency}.cpuprofile`));
    const rate = result.completed / result.seconds;
    const ceiling = baseline.completed / baseline.seconds;
    const row = [name, String(concurrency), rate.toFixed(0), ceiling.toFixed(0), `${((rate / ceiling) * 100).toFixed(0)}%`, result.p50Ms.toFixed(2), result.p99Ms.toFixed(2), String(result.failed)];
    if (result.failed) console.error(`${name}: ${result.failed} failed, first: ${result.firstFailure}`);
    console.log(row.join('\t'));
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
    const name = `DescribeDBClusters (${clusters} cluster${clusters > 1 ? 's' : ''})`;
    if (!only.test(name)) continue;
    const sandbox = await newSandbox();
    for (const request of await createRequests(sandbox, 'seed', clusters)) {
      await fetch(`${server.url}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
    }
    const describe = await signed(sandbox, { Action: 'DescribeDBClusters' });
    for (const concurrency of [1, 16]) {
      await measure(name, concurrency, async () => ({ requests: [describe], once: false, expectStatus: 200 }));
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
}
