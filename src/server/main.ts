import { startAppServer } from './start-app-server';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = await startAppServer({
  port,
  host,
  dataDir: process.env.AURORA_DATA_DIR,
  databaseUrl: process.env.DATABASE_URL || undefined,
  withNext: process.env.AURORA_NO_PAGES !== '1',
  dev: process.env.AURORA_DEV === '1',
  guestsEnabled: process.env.AURORA_GUESTS !== 'off',
  clockSpeed: process.env.AURORA_CLOCK_SPEED ? Number(process.env.AURORA_CLOCK_SPEED) : undefined,
  benchBaseline: process.env.AURORA_BENCH === '1',
});
console.log(`Aurora Lab ready on ${server.url} (AWS endpoint ${server.url}/aws)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
