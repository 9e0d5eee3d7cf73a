// Runs in a worker thread: fires prepared HTTP requests at a server with N keep-alive loops.
// Plain JS (a worker thread cannot load TypeScript here); the job and result shapes are in load-job.ts.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {import('./load-job').LoadJob} */
const job = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
let next = 0;
let completed = 0;
let failed = 0;
let firstFailure;
const latencies = [];
const deadline = Date.now() + job.durationMs;

function send(request) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port: job.port, method: 'POST', path: request.path, headers: request.headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
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

async function loop() {
  while (Date.now() < deadline) {
    if (job.once && next >= job.requests.length) return;
    await send(job.requests[next++ % job.requests.length]);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: job.concurrency }, loop));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const result = {
  completed,
  failed,
  seconds,
  p50Ms: latencies[Math.floor(latencies.length * 0.5)] ?? 0,
  p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  firstFailure,
};
agent.destroy();
parentPort?.postMessage(result);
