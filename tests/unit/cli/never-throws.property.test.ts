import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

const fragments = [
  'aws', 'rds', 'ec2', 'create-db-cluster', 'describe-db-clusters', 'wait', 'db-cluster-available', 'help', '--db-cluster-identifier',
  '--engine', '--tags', '--query', '--output', 'text', 'table', 'yaml', '--filters', 'Name=a,Values=[b', '{"a":', "'", '"', '\\', '$(', ')',
  '`', '${', '}', '{1..3}', 'for', 'in', 'do', 'done', ';', '&&', '||', '|', '>', '<<', '#', '\n', ' ', '=', 'X=1', '$X', 'echo', 'export',
];

describe('runCli on arbitrary input', () => {
  it('always resolves to a CliResult and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...fragments), { maxLength: 14 }).map((parts) => parts.join(' '))), async (text) => {
        const host = new FakeCliHost(() => ({ DBClusters: [] }));
        const result = await runCli(text, host);
        expect(typeof result.stdout).toBe('string');
        expect(typeof result.stderr).toBe('string');
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect(result.stderr).not.toContain('Internal error');
      }),
      { numRuns: 300 },
    );
  });
});
