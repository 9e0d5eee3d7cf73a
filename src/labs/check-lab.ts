import { querySyntaxError } from '../cli/query-operation-output';
import { serviceModel } from '../engine/model/service-model';
import type { LabDefinition } from './lab-definition';
import { bashBlocks, InMemoryLabRun } from './in-memory-lab-run';

/** Exit codes that mean the command line itself is wrong, not that AWS refused it. */
const SYNTAX_EXIT_CODES = new Set([2, 127, 252]);

export interface LabCheckOutcome {
  readonly slug: string;
  readonly problems: readonly string[];
}

/**
 * Proves a lab sound: every check names a real operation and a query the CLI accepts, every CLI
 * line in its Markdown parses (runs without a usage error), its initial state fails the checks, and
 * its reference solution passes them all.
 */
export async function checkLab(lab: LabDefinition): Promise<LabCheckOutcome> {
  const problems: string[] = [];

  for (const step of lab.steps) {
    for (const check of step.checks) {
      if (!serviceModel(check.call.service).operations.has(check.call.operation)) {
        problems.push(`check ${step.id}/${check.id}: ${check.call.service} has no operation ${check.call.operation}`);
      }
      const queryError = querySyntaxError(check.query);
      if (queryError) problems.push(`check ${step.id}/${check.id}: the query does not parse: ${queryError}`);
    }
  }

  for (const step of lab.steps) {
    for (const block of bashBlocks(step.markdown)) {
      const scratch = new InMemoryLabRun(lab);
      const result = await scratch.run(block);
      if (SYNTAX_EXIT_CODES.has(result.exitCode)) {
        problems.push(`step ${step.id}: a command does not parse (exit ${result.exitCode}):\n${block.trim()}\n${result.stderr.trim()}`);
      }
    }
  }

  const initial = new InMemoryLabRun(lab);
  const setup = await initial.applyInitialState();
  if (setup.exitCode !== 0) problems.push(`initialState fails (exit ${setup.exitCode}): ${setup.stderr.trim()}`);
  const before = await initial.grade();
  if (before.passed) problems.push('the initial state already passes every check: the lab asks nothing of the learner');

  const solved = new InMemoryLabRun(lab);
  await solved.applyInitialState();
  const run = await solved.run(lab.solution);
  if (run.exitCode !== 0) problems.push(`solution.sh exits ${run.exitCode}:\n${run.stderr.trim()}`);
  const after = await solved.grade();
  for (const step of after.steps) {
    for (const check of step.checks) {
      if (!check.passed) problems.push(`solution fails check ${step.id}/${check.id}: ${check.message}`);
    }
  }
  return { slug: lab.slug, problems };
}
