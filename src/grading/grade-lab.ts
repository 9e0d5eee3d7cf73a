import { AwsError } from '../engine/aws-error';
import type { CheckCall, LabCheck, LabDefinition } from '../labs/lab-definition';
import { describeExpectation, meetsExpectation } from './evaluate-expectation';
import type { CheckResult, GradeReport, StepResult } from './grade-report';
import { queryOperationOutput } from '../cli/query-operation-output';

/** Reads through the sandbox's own API (never its private structures); not logged. */
export type SandboxReader = (call: CheckCall) => Promise<Record<string, unknown>>;

type ReadResult = { ok: true; output: Record<string, unknown> } | { ok: false; error: AwsError };

/**
 * Grades a lab against a sandbox: every check is a JMESPath query over a Describe* answer, evaluated
 * exactly as the CLI's `--query` would (same data view, same JMESPath), compared with an expectation.
 * Identical calls are made once per grading.
 */
export async function gradeLab(lab: LabDefinition, read: SandboxReader): Promise<GradeReport> {
  const reads = new Map<string, Promise<ReadResult>>();
  const readOnce = (call: CheckCall) => {
    const key = JSON.stringify([call.service, call.operation, call.region ?? '', call.input ?? {}]);
    let pending = reads.get(key);
    if (!pending) {
      pending = read(call).then(
        (output): ReadResult => ({ ok: true, output }),
        (error: unknown): ReadResult => {
          if (error instanceof AwsError) return { ok: false, error };
          throw error;
        },
      );
      reads.set(key, pending);
    }
    return pending;
  };

  const steps: StepResult[] = [];
  for (const step of lab.steps) {
    const checks = await Promise.all(step.checks.map(async (check) => gradeCheck(check, await readOnce(check.call))));
    const score = checks.reduce((sum, c) => sum + c.points, 0);
    const maxScore = checks.reduce((sum, c) => sum + c.maxPoints, 0);
    steps.push({ id: step.id, title: step.title, passed: checks.every((c) => c.passed), score, maxScore, checks });
  }
  return {
    passed: steps.every((s) => s.passed),
    score: steps.reduce((sum, s) => sum + s.score, 0),
    maxScore: steps.reduce((sum, s) => sum + s.maxScore, 0),
    steps,
  };
}

function gradeCheck(check: LabCheck, read: ReadResult): CheckResult {
  const expected = describeExpectation(check.expect);
  const base = { id: check.id, description: check.description, maxPoints: check.points, expected };
  if (!read.ok) {
    const message = `${check.call.operation} answered ${read.error.code}: ${read.error.message}${check.hint ? ` ${check.hint}` : ''}`;
    return { ...base, passed: false, points: 0, message, actual: { error: read.error.code, message: read.error.message } };
  }
  let actual: unknown;
  try {
    actual = queryOperationOutput(check.call.service, check.call.operation, read.output, check.query);
  } catch (error) {
    // A query that cannot run on this answer (e.g. length() of nothing) fails the check, not the grading.
    return { ...base, passed: false, points: 0, message: `The check's query could not be evaluated on the answer: ${(error as Error).message}.${check.hint ? ` ${check.hint}` : ''}`, actual: null };
  }
  const passed = meetsExpectation(actual, check.expect);
  const found = actual === null || actual === undefined ? 'nothing' : JSON.stringify(actual);
  const message = passed ? `Found ${found}.` : `Wanted a value that ${expected}; found ${found}.${check.hint ? ` ${check.hint}` : ''}`;
  return { ...base, passed, points: passed ? check.points : 0, message, actual: actual ?? null };
}
