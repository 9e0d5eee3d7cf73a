import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LearnerRepository } from '../db/learner-repository';
import { openDatabase } from '../db/open-database';
import { loadLab } from '../labs/load-labs';
import { LabSandboxes } from '../sandboxes/lab-sandboxes';
import { SandboxService, type SandboxServiceOptions } from '../sandboxes/sandbox-service';
import { setAppServices, type AppServices } from './app-services';
import { createAwsEndpoint } from './aws-endpoint';

export const AWS_ENDPOINT_PATH = '/aws';

export interface AppServerOptions {
  readonly port: number;
  readonly host: string;
  /** Embedded database folder (ignored with `databaseUrl`). */
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  /** Serve pages through Next (false: only the AWS endpoint and a 404 for the rest — for tests). */
  readonly withNext: boolean;
  readonly dev?: boolean;
  readonly guestsEnabled?: boolean;
  /** Virtual ms per real ms. */
  readonly clockSpeed?: number;
  /** Also serve `/__bench/empty`, an empty plain handler: the ceiling `npm run bench` compares with. */
  readonly benchBaseline?: boolean;
  /** Test seams of the sandbox service (a frozen real clock, fixed identities). */
  readonly sandboxOptions?: Pick<SandboxServiceOptions, 'realNow' | 'newIdentity'>;
}

export interface RunningAppServer {
  readonly url: string;
  readonly services: AppServices;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * The custom server: AWS traffic goes to a plain Node handler (no framework on the hot path),
 * everything else to Next's request handler.
 */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const sandboxes = new SandboxService(db, { clockSpeed: options.clockSpeed, ...options.sandboxOptions });
  const services: AppServices = {
    sandboxes,
    labSandboxes: new LabSandboxes(sandboxes, loadLab),
    learners: new LearnerRepository(db.prisma),
    loadLab,
    guestsEnabled: options.guestsEnabled ?? true,
    awsEndpointPath: AWS_ENDPOINT_PATH,
  };
  setAppServices(services);
  const aws = createAwsEndpoint({ sandboxes });

  let pages: Handler = (_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'NotFound', message: 'Only the AWS endpoint is served here.' } }));
  };
  let closeNext = async () => {};
  if (options.withNext) {
    const { default: next } = await import('next');
    const app = next({ dev: options.dev ?? false, dir: path.resolve(import.meta.dirname, '../..'), hostname: options.host, port: options.port });
    await app.prepare();
    const handle = app.getRequestHandler();
    pages = (req, res) => handle(req, res);
    closeNext = () => app.close();
  }

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (options.benchBaseline && url === '/__bench/empty') {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': 2 });
      res.end('ok');
      return;
    }
    const isAws = url === AWS_ENDPOINT_PATH || url.startsWith(`${AWS_ENDPOINT_PATH}/`) || url.startsWith(`${AWS_ENDPOINT_PATH}?`);
    void Promise.resolve((isAws ? aws : pages)(req, res)).catch((error: unknown) => {
      console.error('request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${address.port}`,
    services,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await closeNext();
      await sandboxes.flush();
      await db.close();
    },
  };
}
