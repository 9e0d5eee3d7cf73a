#!/usr/bin/env node
// Runs every suite in order: lint, unit, integration (embedded database and, where a server can be
// started, a real PostgreSQL), lab checks, end-to-end in Debian's Chromium. Installs missing system
// tools as root on Debian; elsewhere says what to install and skips visibly. Under CI=true a missing
// tool is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { ensureTools } from './system-tools.mjs';
import { startTestPostgres } from './test-postgres.mjs';

const ci = process.env.CI === 'true';
const missing = ensureTools(['chromium', 'awscli', 'boto3', 'postgresql']);
if (missing.length) {
  const message = `Missing system tools: ${missing.join(', ')}. Install them with: apt-get install -y ${missing.join(' ').replace('boto3', 'python3-boto3')}`;
  if (ci) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
  console.warn(`\n*** SKIPPING suites that need them. ${message}\n`);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const tool of ['chromium', 'awscli', 'boto3', 'postgresql']) env[`AURORA_HAVE_${tool.toUpperCase()}`] = missing.includes(tool) ? '0' : '1';

let postgres;
if (!env.AURORA_TEST_DATABASE_URL && !missing.includes('postgresql')) {
  postgres = await startTestPostgres();
  if (postgres) env.AURORA_TEST_DATABASE_URL = postgres.url;
}

const suites = [
  ['lint', 'npx', ['eslint', '.']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['integration', 'npx', ['vitest', 'run', '--project', 'integration']],
  ['labs:check', 'npx', ['tsx', 'scripts/labs-check.ts']],
  ['e2e', 'npx', ['playwright', 'test']],
];
const results = [];
let failed = 0;
try {
  for (const [name, cmd, args] of suites) {
    if (name === 'e2e' && missing.includes('chromium')) {
      results.push(`${name}: SKIPPED (no Chromium)`);
      continue;
    }
    console.log(`\n=== ${name} ===`);
    const started = Date.now();
    const result = spawnSync(cmd, args, { stdio: 'inherit', env });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status !== 0) failed++;
    results.push(`${name}: ${result.status === 0 ? 'passed' : `FAILED (exit ${result.status})`} in ${seconds} s`);
  }
} finally {
  postgres?.stop();
}
console.log(`\n=== summary ===\n${results.join('\n')}`);
console.log(`${suites.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
