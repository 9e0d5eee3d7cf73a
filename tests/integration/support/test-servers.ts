import { RDSClient } from '@aws-sdk/client-rds';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAppServer, type AppServerOptions, type RunningAppServer } from '../../../src/server/start-app-server';
import { loadLab } from '../../../src/labs/load-labs';

export interface TestSandbox {
  readonly id: string;
  readonly endpointUrl: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'aurora-test-'));
}

/** The app in this process, AWS endpoint only (no Next): fast, for wire-level suites. */
export async function startEndpointServer(
  options: { dataDir?: string; databaseUrl?: string; sandboxOptions?: AppServerOptions['sandboxOptions'] } = {},
): Promise<RunningAppServer> {
  return startAppServer({
    port: 0,
    host: '127.0.0.1',
    withNext: false,
    dataDir: options.dataDir ?? tempDataDir(),
    databaseUrl: options.databaseUrl,
    sandboxOptions: options.sandboxOptions,
  });
}

export async function createSandbox(server: RunningAppServer, labSlug?: string, learnerId?: string): Promise<TestSandbox> {
  const owner = learnerId ?? (await server.services.learners.createGuest(new Date())).learnerId;
  const lab = labSlug ? await loadLab(labSlug) : null;
  const record = await server.services.labSandboxes.create(owner, lab ?? null);
  return { ...record, endpointUrl: `${server.url}/aws` };
}

export interface SpawnedApp {
  readonly url: string;
  stop(): Promise<void>;
}

/** The whole app (custom server + Next) as `npm run serve` runs it, in a child process. Needs a build. */
export async function spawnApp(env: Record<string, string>): Promise<SpawnedApp> {
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', '.build/server/main.mjs'], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    env: { ...process.env, PORT: '0', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready on (http:\/\/[^\s]+) /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A cookie-keeping JSON client for the app's HTTP API, as a browser would use it. */
export class ApiClient {
  private cookie = '';

  constructor(private readonly baseUrl: string) {}

  async request<T = unknown>(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

/** `@aws-sdk/client-rds` pointed at a sandbox with its own credentials. */
export function rdsClientFor(sandbox: TestSandbox, region = sandbox.region): RDSClient {
  return new RDSClient({
    endpoint: sandbox.endpointUrl,
    region,
    credentials: { accessKeyId: sandbox.accessKeyId, secretAccessKey: sandbox.secretAccessKey },
  });
}
