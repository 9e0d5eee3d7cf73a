/**
 * The databases the wire-level suites run against: always the embedded default (PGlite), and a real
 * PostgreSQL server when `AURORA_TEST_DATABASE_URL` is set (`npm test` starts one where it can).
 * Under CI=true a missing server is a failure, never a skip.
 */
export function testDatabases(): Array<[string, { databaseUrl?: string }]> {
  const databases: Array<[string, { databaseUrl?: string }]> = [['embedded PGlite', {}]];
  if (process.env.AURORA_TEST_DATABASE_URL) databases.push(['PostgreSQL server', { databaseUrl: process.env.AURORA_TEST_DATABASE_URL }]);
  else if (process.env.CI === 'true') throw new Error('CI needs AURORA_TEST_DATABASE_URL: npm test starts a PostgreSQL server for it');
  else console.warn('SKIPPED the PostgreSQL-server runs: no AURORA_TEST_DATABASE_URL (run `npm test` as root on Debian, or apt-get install postgresql).');
  return databases;
}
