import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { startAppServer as StartAppServer } from '../../src/server/start-app-server';

const root = path.resolve(import.meta.dirname, '../..');
const buildDir = process.env.BENCH_BUILD_DIR ?? path.join(root, '.build', 'server');

function newestMtimeMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The compiled server `npm start` runs (scripts/prepare.mjs builds it, also under `npm run bench`),
 * not the sources through tsx. Warns when sources changed after it was built: the figures would
 * then be those of the older code.
 */
export async function loadCompiledServer(): Promise<typeof StartAppServer> {
  const builtAt = statSync(path.join(buildDir, 'source-hash')).mtimeMs;
  if (newestMtimeMs(path.join(root, 'src')) > builtAt) {
    console.warn(`Note: src/ changed after ${path.relative(root, buildDir)} was built (${new Date(builtAt).toISOString()}); these figures are the compiled server's. \`npm run bench\` rebuilds it first.`);
  }
  const compiled = (await import(path.join(buildDir, 'start-app-server.mjs'))) as { startAppServer: typeof StartAppServer };
  return compiled.startAppServer;
}
