import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CliResult } from '../../src/cli/cli-host';
import type { SandboxRecord } from '../../src/db/sandbox-record';
import type { RunningAppServer, startAppServer as StartAppServer } from '../../src/server/start-app-server';
import { REAL_AWS_CLI, runWithRealCli } from '../../tests/integration/support/real-aws-cli';
import { CLI_BENCH_CASES, CLI_BENCH_SEED, type CliBenchCase } from './cli-bench-cases';
import { startCpuProfiler } from './cpu-profiler';
import { median, percentile } from './latency-stats';
import { tempDataDirForBench } from './temp-dir';

export interface CliBenchOptions {
  /** Only the commands whose `cli <name>` matches. */
  readonly only: RegExp;
  /** Timed runs of each command through the emulator (per way of measuring it). */
  readonly emulatedRuns: number;
  /** Timed runs of each command through the real AWS CLI. */
  readonly realRuns: number;
  /** A folder for the server's CPU profile of each command's emulated runs. */
  readonly profileDir?: string;
}

const WARM_UP_RUNS = 3;
/** Each mutating run adds at most 2 clusters to the seed's 3: renewing after 15 stays under the quota of 40. */
const RUNS_PER_MUTATING_SANDBOX = 15;
const NEXT_BUILD_ID = path.resolve(import.meta.dirname, '../../.next/BUILD_ID');

class UnexpectedExitError extends Error {
  constructor(where: string, command: string, expected: number, result: CliResult) {
    super(`${where}: \`${command}\` exited ${result.exitCode}, expected ${expected}:\n${result.stderr || result.stdout}`);
    this.name = 'UnexpectedExitError';
  }
}

/**
 * Server time per emulated command, beside the wall time of spawning the real AWS CLI v2 for the
 * same command against a sandbox of the same server. Two emulated figures: the product's route,
 * `POST /api/sandboxes/{id}/cli` over HTTP through Next (when a Next build exists), and
 * `labSandboxes.runCommand` in the server process — what the route calls, without the session and
 * sandbox lookups, Next's routing and the JSON around it.
 */
export async function runCliBench(startAppServer: typeof StartAppServer, options: CliBenchOptions): Promise<void> {
  const cases = CLI_BENCH_CASES.filter((c) => options.only.test(`cli ${c.name}`));
  if (cases.length === 0) return;
  const sectionStarted = performance.now();
  const withNext = existsSync(NEXT_BUILD_ID);
  const realCliMissing = existsSync(REAL_AWS_CLI) ? undefined : 'n/a (apt-get install -y awscli)';
  const realCliSkipped = realCliMissing ?? (options.realRuns > 0 ? undefined : 'not run (BENCH_CLI_REAL_RUNS=0)');
  const server = await startAppServer({ port: 0, host: '127.0.0.1', withNext, dataDir: tempDataDirForBench() });
  const bench = await CliBench.start(server);
  const emulatedName = withNext ? 'route' : 'runCommand';

  console.log(
    `\nAurora Lab CLI benchmark: ms per command; emulated: ${options.emulatedRuns} timed runs each (after ${WARM_UP_RUNS} warm-up), real AWS CLI v2 (${REAL_AWS_CLI}): ${options.realRuns} runs each`,
  );
  console.log(
    withNext
      ? '  route = POST /api/sandboxes/{id}/cli end to end through Next (session lookup, sandbox lookup, emulator, JSON), from a keep-alive node:http client in the same process'
      : '  route = n/a: no Next build (.next/BUILD_ID), so only runCommand is measured',
  );
  console.log('  runCommand = labSandboxes.runCommand in the server process (the emulator + sandbox calls + action log, what the route calls)');
  console.log(`  real CLI = wall time of spawning ${REAL_AWS_CLI} --endpoint-url <this server> (bash, Python start, request, output)`);
  console.log(['command', 'exit', 'route p50', 'route p90', 'runCommand p50', 'runCommand p90', 'real CLI p50', `real / ${emulatedName}`].join('\t'));

  const medians = { route: [] as number[], runCommand: [] as number[], real: [] as number[] };
  for (const benchCase of cases) {
    const viaRoute: number[] = [];
    const inProcess: number[] = [];
    for (let run = 0; run < WARM_UP_RUNS; run++) {
      await bench.timeInProcess(benchCase);
      if (withNext) await bench.timeRoute(benchCase);
    }
    const profiler = options.profileDir ? await startCpuProfiler() : undefined;
    // Interleaved, so a burst of load from elsewhere on the machine hits both figures alike.
    for (let run = 0; run < options.emulatedRuns; run++) {
      inProcess.push(await bench.timeInProcess(benchCase));
      if (withNext) viaRoute.push(await bench.timeRoute(benchCase));
    }
    if (profiler) await profiler.stopInto(path.join(options.profileDir!, `cli-${benchCase.name.replace(/\W+/g, '-')}.cpuprofile`));
    const real: number[] = [];
    if (!realCliSkipped) for (let run = 0; run < options.realRuns; run++) real.push(await bench.timeRealCli(benchCase));

    medians.runCommand.push(median(inProcess));
    if (withNext) medians.route.push(median(viaRoute));
    if (!realCliSkipped) medians.real.push(median(real));
    const emulated = withNext ? median(viaRoute) : median(inProcess);
    console.log(
      [
        benchCase.name,
        String(benchCase.exitCode),
        withNext ? ms(median(viaRoute)) : 'n/a',
        withNext ? ms(percentile(viaRoute, 0.9)) : 'n/a',
        ms(median(inProcess)),
        ms(percentile(inProcess, 0.9)),
        realCliSkipped ?? median(real).toFixed(0),
        realCliSkipped ? 'n/a' : `${(median(real) / emulated).toFixed(0)}×`,
      ].join('\t'),
    );
  }
  console.log(
    `median of the ${cases.length} commands' medians: ${withNext ? `route ${ms(median(medians.route))} ms, ` : ''}runCommand ${ms(median(medians.runCommand))} ms, real CLI ${realCliSkipped ?? `${median(medians.real).toFixed(0)} ms`}`,
  );
  if (withNext) {
    const floor = await bench.timeRouteFloor(options.emulatedRuns);
    const sessionLookup = await bench.timeSessionLookup(options.emulatedRuns);
    console.log(`  the route's fixed cost: \`echo hi\` (no AWS call) through it ${ms(floor)} ms p50, of which the session lookup (remembered in memory after the first) ${ms(sessionLookup)} ms`);
  }
  bench.close();
  await server.close();
  console.log(`(CLI section: ${((performance.now() - sectionStarted) / 1000).toFixed(0)} s)`);
}

function ms(value: number): string {
  return value.toFixed(2);
}

/** The sandboxes, learner session and timers of one CLI benchmark run. */
class CliBench {
  private nextRunNumber = 0;
  private mutatingSandbox: SandboxRecord | undefined;
  private mutatingUses = 0;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  private constructor(
    private readonly server: RunningAppServer,
    private readonly learnerId: string,
    private readonly sessionToken: string,
    /** For commands that leave the sandbox as it was (reads, errors, a satisfied waiter). */
    private readonly readSandbox: SandboxRecord,
  ) {}

  static async start(server: RunningAppServer): Promise<CliBench> {
    const { learnerId, token } = await server.services.learners.createGuest(new Date());
    return new CliBench(server, learnerId, token, await CliBench.seededSandbox(server, learnerId));
  }

  private static async seededSandbox(server: RunningAppServer, learnerId: string): Promise<SandboxRecord> {
    const sandbox = await server.services.labSandboxes.create(learnerId, null);
    const seeded = await server.services.labSandboxes.runCommand(sandbox, CLI_BENCH_SEED, 'setup');
    if (seeded.exitCode !== 0) throw new UnexpectedExitError('seed', CLI_BENCH_SEED, 0, seeded);
    return sandbox;
  }

  /** The sandbox for one run and the case's command for it, its `before` command already run. */
  private async prepareRun(benchCase: CliBenchCase): Promise<{ sandbox: SandboxRecord; command: string }> {
    const n = String(++this.nextRunNumber);
    let sandbox = this.readSandbox;
    if (benchCase.mutates) {
      if (!this.mutatingSandbox || this.mutatingUses >= RUNS_PER_MUTATING_SANDBOX) {
        this.mutatingSandbox = await CliBench.seededSandbox(this.server, this.learnerId);
        this.mutatingUses = 0;
      }
      this.mutatingUses++;
      sandbox = this.mutatingSandbox;
    }
    if (benchCase.before) {
      const before = benchCase.before.replaceAll('{n}', n);
      const result = await this.server.services.labSandboxes.runCommand(sandbox, before, 'setup');
      if (result.exitCode !== 0) throw new UnexpectedExitError('before', before, 0, result);
    }
    return { sandbox, command: benchCase.command.replaceAll('{n}', n) };
  }

  private expectExit(where: string, command: string, expected: number, result: CliResult): void {
    if (result.exitCode !== expected) throw new UnexpectedExitError(where, command, expected, result);
  }

  async timeInProcess(benchCase: CliBenchCase): Promise<number> {
    const { sandbox, command } = await this.prepareRun(benchCase);
    const started = performance.now();
    const result = await this.server.services.labSandboxes.runCommand(sandbox, command, 'cli');
    const elapsed = performance.now() - started;
    this.expectExit('runCommand', command, benchCase.exitCode, result);
    return elapsed;
  }

  async timeRoute(benchCase: CliBenchCase): Promise<number> {
    const { sandbox, command } = await this.prepareRun(benchCase);
    const body = JSON.stringify({ command });
    const started = performance.now();
    const response = await this.post(`/api/sandboxes/${sandbox.id}/cli`, body);
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`POST /api/sandboxes/{id}/cli answered ${response.status}: ${response.body}`);
    this.expectExit('route', command, benchCase.exitCode, JSON.parse(response.body) as CliResult);
    return elapsed;
  }

  /** A plain `node:http` request on a kept-alive connection: less client time in the figure than `fetch`. */
  private post(path: string, body: string): Promise<{ status: number; body: string }> {
    const url = new URL(this.server.url);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path,
          agent: this.agent,
          headers: { cookie: `aurora_session=${this.sessionToken}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  async timeRealCli(benchCase: CliBenchCase): Promise<number> {
    const { sandbox, command } = await this.prepareRun(benchCase);
    const credentials = { endpointUrl: `${this.server.url}/aws`, accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey, region: sandbox.region };
    const started = performance.now();
    const { stdout, stderr, status } = await runWithRealCli(command, credentials);
    const elapsed = performance.now() - started;
    this.expectExit('real AWS CLI', command, benchCase.exitCode, { stdout, stderr, exitCode: status });
    return elapsed;
  }

  close(): void {
    this.agent.destroy();
  }

  /** p50 of the route for a command that calls no AWS operation: Next, the lookups, the JSON. */
  async timeRouteFloor(runs: number): Promise<number> {
    const floor: CliBenchCase = { name: 'route floor', command: 'echo hi', exitCode: 0 };
    for (let run = 0; run < WARM_UP_RUNS; run++) await this.timeRoute(floor);
    const durations: number[] = [];
    for (let run = 0; run < runs; run++) durations.push(await this.timeRoute(floor));
    return median(durations);
  }

  /** p50 of the route's first step, finding the learner behind the session cookie. */
  async timeSessionLookup(runs: number): Promise<number> {
    const durations: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await this.server.services.learners.learnerForToken(this.sessionToken, new Date());
      durations.push(performance.now() - started);
    }
    return median(durations);
  }
}
