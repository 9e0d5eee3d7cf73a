/**
 * `npm run bench`, two sections, both on the compiled server `npm start` runs, in this process
 * (embedded database, action log durably appended):
 * - the sandbox's AWS endpoint: throughput, each figure beside an empty plain handler on the same
 *   server (the machine's ceiling), load from Debian's `wrk` (installed as root on Debian when
 *   missing), else from a Node worker thread, itself a bottleneck (scripts/bench/endpoint-bench.ts);
 * - the in-browser CLI: server time per emulated command beside spawning the real AWS CLI v2 for the
 *   same command (scripts/bench/cli-bench.ts).
 * Env: BENCH_SECONDS (default 5, per endpoint figure); BENCH_ONLY (a pattern: only the figures it
 * matches; the CLI's are named `cli <command>`, so `BENCH_ONLY=cli` runs that section alone);
 * BENCH_CLI_RUNS (emulated runs per command, default 40); BENCH_CLI_REAL_RUNS (real CLI runs per
 * command, default 3); BENCH_PROFILE (a folder: the server's CPU profile of each measured figure).
 */
import { loadCompiledServer } from './bench/compiled-server';
import { runCliBench } from './bench/cli-bench';
import { runEndpointBench } from './bench/endpoint-bench';
import { ensureTools } from './system-tools.mjs';

const only = new RegExp(process.env.BENCH_ONLY ?? '');
const profileDir = process.env.BENCH_PROFILE;
ensureTools(['wrk', 'awscli']);
const startAppServer = await loadCompiledServer();
await runEndpointBench(startAppServer, { seconds: Number(process.env.BENCH_SECONDS ?? 5), only, profileDir });
await runCliBench(startAppServer, {
  only,
  emulatedRuns: Number(process.env.BENCH_CLI_RUNS ?? 40),
  realRuns: Number(process.env.BENCH_CLI_REAL_RUNS ?? 3),
  profileDir,
});
process.exit(0);
