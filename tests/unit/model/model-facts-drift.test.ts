import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as rdsSdk from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { requiredMembers } from '../../../src/engine/model/service-model';

const root = path.resolve(import.meta.dirname, '../../..');

describe('generated model facts', () => {
  it('match the installed SDK typings (npm run model:generate after an SDK upgrade)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-model-facts.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('agree with the required-member counts the runtime schemas carry', () => {
    // A structure schema tuple is [3, namespace, name, traits, memberNames, memberSchemas, requiredCount].
    let compared = 0;
    for (const [exportName, value] of Object.entries(rdsSdk)) {
      if (!exportName.endsWith('$') || !Array.isArray(value) || value[0] !== 3 || typeof value[6] !== 'number') continue;
      const names = value[4] as string[];
      const required = requiredMembers('rds', String(value[2]));
      expect(names.slice(0, value[6]).sort(), String(value[2])).toEqual([...required].sort());
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
