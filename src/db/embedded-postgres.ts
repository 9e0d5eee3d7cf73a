import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** A `postgresql://` URL for `pg`/Prisma's adapter, on loopback. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM (PGlite), persisted in `dir`, served on a loopback socket so the very
 * same `pg` driver and Prisma adapter serve both it and a real server. Clients must use a pool of
 * one connection (PGlite has a single backend; larger pools mix up prepared statements).
 */
export async function startEmbeddedPostgres(dir: string): Promise<EmbeddedPostgres> {
  const release = lockDataDir(dir);
  try {
    const db = await PGlite.create({ dataDir: dir });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    const conn = server.getServerConn();
    return {
      url: `postgresql://postgres:postgres@${conn}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
