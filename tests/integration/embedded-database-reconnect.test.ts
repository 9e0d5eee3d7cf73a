import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database';
import { tempDataDir } from './support/test-servers';

describe('the embedded database after its pooled connection closes', () => {
  it('a named prepared statement runs again on the next connection (PGlite keeps one session for all)', async () => {
    const db = await openDatabase({ dataDir: tempDataDir(), poolIdleTimeoutMs: 20 });
    try {
      const statement = 'SELECT $1::int + 1 AS n';
      expect(await db.sql.query(statement, [1], 'reconnect-check')).toMatchObject({ rows: [{ n: 2 }] });
      // The idle connection closes; the next query opens a new one whose client has prepared nothing.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await db.sql.query(statement, [2], 'reconnect-check')).toMatchObject({ rows: [{ n: 3 }] });
    } finally {
      await db.close();
    }
  });
});
