#!/usr/bin/env node
// Gets a checkout ready to run, doing only what is missing or stale: installs dependencies from the
// lock, generates the Prisma client, and builds the Next app and the server. Plain Node (no dependencies), because
// it runs before anything is installed. Usage: node scripts/prepare.mjs [--no-build] [--force-build]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, commandArgs, env = {}) {
  console.log(`> ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`prepare: "${command} ${commandArgs.join(' ')}" failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

function hashFiles(entries) {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === 'node_modules' || name === '.next' || name.startsWith('.')) continue;
        visit(path.join(p, name));
      }
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const entry of entries) visit(path.join(root, entry));
  return hash.digest('hex');
}

function stamp(file, value) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { fresh: current === value, save: () => writeFileSync(file, value) };
}

// 1. Dependencies, exactly as locked.
const lockHash = hashFiles(['package-lock.json', 'package.json']);
const deps = stamp(path.join(root, 'node_modules', '.aurora-deps'), lockHash);
if (!deps.fresh || !existsSync(path.join(root, 'node_modules', '.bin', 'next'))) {
  run(npm, ['ci', '--no-audit', '--no-fund']);
  deps.save();
}

// 2. Prisma client (generate never needs the native schema engine; point it at a stub that fails loudly).
const schemaHash = hashFiles(['prisma/schema.prisma', 'package-lock.json']);
const client = stamp(path.join(root, 'node_modules', '.aurora-prisma'), schemaHash);
if (!client.fresh || !existsSync(path.join(root, 'src/db/generated/client.ts'))) {
  run(npm, ['exec', '--', 'prisma', 'generate'], { PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'scripts/bin/no-schema-engine'), PRISMA_HIDE_UPDATE_MESSAGE: '1' });
  client.save();
}

// 3. The Next build, when sources changed since the last one.
if (!args.has('--no-build')) {
  const sourceHash = hashFiles(['app', 'src', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json']);
  const build = stamp(path.join(root, '.next', 'aurora-source-hash'), sourceHash);
  if (args.has('--force-build') || !build.fresh || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    run(npm, ['exec', '--', 'next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
    build.save();
  }
}

// 4. The server, compiled once to plain JavaScript (dependencies stay external): it then starts
//    without a TypeScript loader and runs without the loader's per-function overhead (tsx keeps
//    function names by wrapping every function it creates, on every call path). Cheap (about a
//    second), so done even with --no-build: `npm run bench` measures this compiled server too.
{
  const serverHash = hashFiles(['src', 'tsconfig.json', 'package-lock.json', 'scripts/prepare.mjs']);
  const server = stamp(path.join(root, '.build', 'server', 'source-hash'), serverHash);
  if (args.has('--force-build') || !server.fresh || !existsSync(path.join(root, '.build', 'server', 'main.mjs'))) {
    console.log('> esbuild src/server/{main,start-app-server}.ts src/db/embedded-postgres-process.ts -> .build/server/');
    const { build } = await import('esbuild');
    rmSync(path.join(root, '.build', 'server'), { recursive: true, force: true });
    await build({
      entryPoints: {
        main: 'src/server/main.ts',
        'start-app-server': 'src/server/start-app-server.ts',
        'embedded-postgres-process': 'src/db/embedded-postgres-process.ts',
      },
      absWorkingDir: root,
      outdir: path.join(root, '.build', 'server'),
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: '[name]-[hash]',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    server.save();
  }
}
