import { describe, expect, it } from 'vitest';
import { runAws } from '../../../src/cli/aws/aws-cli';
import fixture from './fixtures/real-cli-describe-db-clusters.json';
import { FakeCliHost } from './fake-cli-host';

/** Timestamps arrive from the engine as Dates (the SDK output type). */
function revive(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value);
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

describe('output formatting matches recordings of the real CLI', () => {
  for (const dataset of fixture.datasets) {
    const pages = dataset.pages.map(revive) as Array<Record<string, unknown>>;
    for (const recorded of dataset.cases) {
      it(`${recorded.args.join(' ')} (${dataset.pages.length} page(s))`, async () => {
        const host = new FakeCliHost((call) => structuredClone(pages[Number(call.input.Marker ?? 0)]));
        const result = await runAws(recorded.args, new Map(), host);
        expect(result.stdout).toBe(recorded.stdout);
        expect(result.stderr).toBe(recorded.stderr);
        expect(result.exitCode).toBe(recorded.rc);
      });
    }
  }
});
