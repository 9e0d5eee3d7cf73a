/**
 * The embedded database's own process: PGlite (PostgreSQL compiled to WASM) persisted in the folder
 * given as argv[2], served on a loopback socket. It runs apart from the web server so the database's
 * CPU work (WASM, its file system) uses the other core instead of stalling request handling.
 * Speaks to its parent on stdout with one JSON line: `{"url": ...}` when ready, or `{"error": ...}`.
 * It stops cleanly on SIGTERM/SIGINT, and when its parent goes away (stdin closes).
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

const dir = process.argv[2];
if (!dir) {
  process.stdout.write(`${JSON.stringify({ error: 'usage: embedded-postgres-process <data dir>' })}\n`);
  process.exit(2);
}

let release: (() => void) | undefined;
let stop: (() => Promise<void>) | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stop?.().catch(() => undefined);
    release?.();
  }
  process.exit(code);
}

try {
  release = lockDataDir(dir);
  const db = await PGlite.create({ dataDir: dir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  stop = async () => {
    await server.stop();
    await db.close();
  };
  process.stdout.write(`${JSON.stringify({ url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable` })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
  await shutdown(1);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(0));
process.stdin.on('end', () => void shutdown(0));
process.stdin.resume();
