import { PrismaPg } from '@prisma/adapter-pg';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { PrismaClient } from './generated/client';
import { applyMigrations } from './migrate';

/** Plain parameterized SQL on the same connection pool as Prisma (for the log's hot path). */
export interface SqlClient {
  /** With a `name`, the statement is prepared once per connection and reused (same text every time). */
  query(text: string, values: readonly unknown[], name?: string): Promise<unknown>;
}

export interface Database {
  readonly prisma: PrismaClient;
  readonly sql: SqlClient;
  /** `embedded`: PGlite owned by this process (no other writer exists); `postgres`: a shared server. */
  readonly mode: 'embedded' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server URL; when absent, the embedded database in `dataDir` is used. */
  readonly databaseUrl?: string;
  /** Where the embedded database lives (default `./data`). */
  readonly dataDir?: string;
  /**
   * How long an idle pooled connection stays open (pg's `idleTimeoutMillis`). Default: forever for
   * the embedded database (its one connection is local and cheap to keep), 10 s for a server.
   */
  readonly poolIdleTimeoutMs?: number;
}

/** Opens the database (starting the embedded one if needed) and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(path.resolve(options.dataDir ?? 'data', 'pglite'));
    url = embedded.url;
  }
  try {
    await applyMigrations(url);
    const pool = new pg.Pool({
      connectionString: url,
      max: embedded ? 1 : 10,
      idleTimeoutMillis: options.poolIdleTimeoutMs ?? (embedded ? 0 : 10_000),
    });
    // PGlite serves every connection from one backend session, so prepared statements outlive the
    // connection that made them; a new connection (whose client knows none) would collide with them.
    if (embedded) pool.on('connect', (client) => void client.query('DEALLOCATE ALL').catch(() => undefined));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    await prisma.$connect();
    return {
      prisma,
      sql: { query: (text, values, name) => pool.query({ text, values: [...values], name }) },
      mode: embedded ? 'embedded' : 'postgres',
      async close() {
        await prisma.$disconnect();
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
