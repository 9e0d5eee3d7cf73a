import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DataDirLockedError } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** A `postgresql://` URL for `pg`/Prisma's adapter, on loopback. */
  readonly url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(`The embedded database could not start: ${message}`);
    this.name = 'EmbeddedPostgresError';
  }
}

const require = createRequire(import.meta.url);

/**
 * Starts PGlite, persisted in `dir`, in a child process (`embedded-postgres-process`) and returns
 * its loopback URL: the same `pg` driver and Prisma adapter then serve it and a real server alike.
 * Clients must use a pool of one connection (PGlite has a single backend; larger pools mix up
 * prepared statements).
 */
export async function startEmbeddedPostgres(dir: string): Promise<EmbeddedPostgres> {
  // Compiled (`.build/server/*.mjs`, what `npm start` runs) or from source through tsx (tests, dev).
  const compiled = import.meta.url.endsWith('.mjs');
  const entry = path.join(import.meta.dirname, compiled ? 'embedded-postgres-process.mjs' : 'embedded-postgres-process.ts');
  const loader = compiled ? [] : ['--import', require.resolve('tsx')];
  const child = spawn(process.execPath, [...loader, entry, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new EmbeddedPostgresError(`its process exited with code ${code} before it was ready`)));
    child.once('error', (error) => reject(new EmbeddedPostgresError(error.message)));
  });
  const message = JSON.parse(firstLine) as { url?: string; error?: string };
  if (!message.url) {
    await exited;
    const locked = /in use by process (\d+)/.exec(message.error ?? '');
    if (locked) throw new DataDirLockedError(dir, Number(locked[1]));
    throw new EmbeddedPostgresError(message.error ?? 'no answer');
  }
  return {
    url: message.url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
