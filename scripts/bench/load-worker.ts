/** Runs in a worker thread: fires prepared HTTP requests at a server with N keep-alive loops. */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface PreparedRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadJob {
  readonly port: number;
  readonly concurrency: number;
  readonly durationMs: number;
  /** Used round-robin; each used at most once when `once` is set (e.g. creates with unique ids). */
  readonly requests: readonly PreparedRequest[];
  readonly once: boolean;
  readonly expectStatus: number;
}

export interface LoadResult {
  readonly completed: number;
  readonly failed: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly firstFailure?: string;
}

const job = workerData as LoadJob;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
let next = 0;
let completed = 0;
let failed = 0;
let firstFailure: string | undefined;
const latencies: number[] = [];
const deadline = Date.now() + job.durationMs;

function send(request: PreparedRequest): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port: job.port, method: 'POST', path: request.path, headers: request.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        latencies.push(performance.now() - started);
        if (res.statusCode === job.expectStatus) completed++;
        else {
          failed++;
          firstFailure ??= `${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 300)}`;
        }
        resolve();
      });
    });
    req.on('error', (error) => {
      failed++;
      firstFailure ??= String(error);
      resolve();
    });
    req.end(request.body);
  });
}

async function loop(): Promise<void> {
  while (Date.now() < deadline) {
    if (job.once && next >= job.requests.length) return;
    await send(job.requests[next++ % job.requests.length]);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: job.concurrency }, loop));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const result: LoadResult = {
  completed,
  failed,
  seconds,
  p50Ms: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
  p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  firstFailure,
};
agent.destroy();
parentPort?.postMessage(result);
