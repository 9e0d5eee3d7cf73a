import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliResult } from '../../../src/cli/cli-host';
import { runCli } from '../../../src/cli/run-cli';
import { AwsError } from '../../../src/engine/aws-error';
import { FakeCliHost } from './fake-cli-host';
import { garbageArgv, garbageRecipe, shellQuoted } from './garbage-argv';

const fragments = [
  'aws', 'rds', 'ec2', 'create-db-cluster', 'describe-db-clusters', 'wait', 'db-cluster-available', 'help', '--db-cluster-identifier',
  '--engine', '--tags', '--query', '--output', 'text', 'table', 'yaml', '--filters', 'Name=a,Values=[b', '{"a":', "'", '"', '\\', '$(', ')',
  '`', '${', '}', '{1..3}', 'for', 'in', 'do', 'done', ';', '&&', '||', '|', '>', '<<', '#', '\n', ' ', '=', 'X=1', '$X', 'echo', 'export',
];

/** The real CLI's exit codes: success, and 252 (usage, parameters), 253 (configuration), 254 (service), 255 (other). */
const CLI_EXIT_CODES = [0, 252, 253, 254, 255];
/** With the shell's around them: false/`!`, syntax errors, command not found (127, as bash), Ctrl-C. */
const SHELL_EXIT_CODES = [...CLI_EXIT_CODES, 1, 2, 127, 130];

/**
 * What a JavaScript failure inside the emulator looks like once the CLI's catch-all prints its
 * message (Python's own NameError, "name 'X' is not defined", which the real CLI shows for
 * `run-instances --count`, quotes the name; JavaScript's ReferenceError does not).
 */
const ENGINE_FAILURE =
  /Internal error|Cannot read propert|Cannot set propert|is not a function|is not iterable|\w is not defined|Maximum call stack|Invalid array length|Cannot convert|\n\s+at .+:\d+:\d+/;

function expectHandled(result: CliResult, exitCodes: readonly number[]): void {
  expect(typeof result.stdout).toBe('string');
  expect(typeof result.stderr).toBe('string');
  expect(exitCodes).toContain(result.exitCode);
  expect(result.stderr).not.toMatch(ENGINE_FAILURE);
}

/** What the sandbox may answer: nothing, random data (outputs and paginators must cope), a service error, a host failure. */
const hostAnswer = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Record<string, unknown>>({}) },
  { weight: 3, arbitrary: fc.object({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constant<Record<string, unknown>>({ Marker: 'again', NextToken: 'again', DBClusters: [{ DBClusterIdentifier: 'a' }] }) },
  { weight: 1, arbitrary: fc.constant(new AwsError('InvalidParameterValue', 'bad value')) },
  { weight: 1, arbitrary: fc.constant(new AwsError('Throttling', 'slow down', 400)) },
  { weight: 1, arbitrary: fc.constant(new Error('sandbox unreachable')) },
);

function hostAnswering(answer: Record<string, unknown> | Error): FakeCliHost {
  return new FakeCliHost(() => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

describe('runCli on arbitrary input', () => {
  it('always resolves to a CliResult and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...fragments), { maxLength: 14 }).map((parts) => parts.join(' '))), async (text) => {
        const host = new FakeCliHost(() => ({ DBClusters: [] }));
        expectHandled(await runCli(text, host), SHELL_EXIT_CODES);
      }),
      { numRuns: 300 },
    );
  });

  it('handles random options and values of every service’s real operations', async () => {
    await fc.assert(
      fc.asyncProperty(garbageRecipe, hostAnswer, fc.boolean(), async (recipe, answer, quoted) => {
        const argv = await garbageArgv(recipe);
        // Quoted, the words reach the CLI as generated; unquoted, the shell's parser gets them too.
        const text = `aws ${argv.map((word) => (quoted ? shellQuoted(word) : word)).join(' ')}`;
        expectHandled(await runCli(text, hostAnswering(answer)), quoted ? CLI_EXIT_CODES : SHELL_EXIT_CODES);
      }),
      { numRuns: 1000, seed: 5 },
    );
  }, 30_000);
});
