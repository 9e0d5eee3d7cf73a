import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('docs/fidelity.md', () => {
  it('lists every operation with its current status (npx tsx scripts/fidelity-table.ts)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fidelity-table.ts', '--check'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
