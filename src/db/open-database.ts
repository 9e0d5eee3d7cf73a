import { PrismaPg } from '@prisma/adapter-pg';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { PrismaClient } from './generated/client';
import { applyMigrations } from './migrate';

export interface Database {
  readonly prisma: PrismaClient;
  /** `embedded`: PGlite owned by this process (no other writer exists); `postgres`: a shared server. */
  readonly mode: 'embedded' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server URL; when absent, the embedded database in `dataDir` is used. */
  readonly databaseUrl?: string;
  /** Where the embedded database lives (default `./data`). */
  readonly dataDir?: string;
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
    const adapter = new PrismaPg({ connectionString: url, max: embedded ? 1 : 10 });
    const prisma = new PrismaClient({ adapter });
    await prisma.$connect();
    return {
      prisma,
      mode: embedded ? 'embedded' : 'postgres',
      async close() {
        await prisma.$disconnect();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
