import { load } from 'js-yaml';
import { isServiceName } from '../engine/service-name';
import type { CheckExpectation, ExamDomainRef, LabCheck, LabDefinition, LabStep } from './lab-definition';
import { LabFormatError } from './lab-format-error';

/** The files of one lab folder, already read. */
export interface LabFiles {
  readonly slug: string;
  readonly labYaml: string;
  /** Step Markdown by path relative to the lab folder. */
  readonly readStepFile: (relativePath: string) => string | undefined;
  readonly solution: string | undefined;
}

const LEVELS = ['foundational', 'associate', 'professional'] as const;
const EXPECTATION_KEYS = ['equals', 'notEquals', 'exists', 'contains', 'atLeast', 'atMost', 'matches'] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns a lab folder into a `LabDefinition`, collecting every problem (with its path in lab.yaml)
 * instead of stopping at the first, so an author fixes them all in one go.
 */
export function parseLab(files: LabFiles): LabDefinition {
  const problems: string[] = [];
  const problem = (path: string, message: string) => problems.push(`${path}: ${message}`);
  if (!SLUG.test(files.slug)) problem('folder', `"${files.slug}" is not a valid slug (lowercase letters, digits and single hyphens)`);

  let raw: unknown;
  try {
    raw = load(files.labYaml);
  } catch (error) {
    throw new LabFormatError(files.slug, [`lab.yaml: not valid YAML: ${(error as Error).message}`]);
  }
  if (!isRecord(raw)) throw new LabFormatError(files.slug, ['lab.yaml: must be a mapping of lab fields']);

  const text = (obj: Raw, key: string, path: string): string => {
    const value = obj[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problem(`${path}${key}`, 'required text is missing');
      return '';
    }
    return value.trim();
  };

  const title = text(raw, 'title', '');
  const summary = text(raw, 'summary', '');
  const level = raw.level;
  if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) problem('level', `must be one of ${LEVELS.join(', ')}`);
  const estimatedMinutes = raw.estimatedMinutes;
  if (typeof estimatedMinutes !== 'number' || !Number.isInteger(estimatedMinutes) || estimatedMinutes <= 0) {
    problem('estimatedMinutes', 'must be a positive whole number');
  }

  const order = raw.order ?? Number.MAX_SAFE_INTEGER;
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 0) problem('order', 'must be a whole number (the lab\'s place in the catalog)');

  const examDomains: ExamDomainRef[] = [];
  if (!Array.isArray(raw.examDomains) || raw.examDomains.length === 0) problem('examDomains', 'list at least one exam domain');
  else
    raw.examDomains.forEach((d, i) => {
      if (!isRecord(d)) return problem(`examDomains[${i}]`, 'must be a mapping with exam and domain');
      examDomains.push({ exam: text(d, 'exam', `examDomains[${i}].`), domain: text(d, 'domain', `examDomains[${i}].`) });
    });

  const initialState: string[] = [];
  if (raw.initialState !== undefined && raw.initialState !== null) {
    if (!Array.isArray(raw.initialState) || raw.initialState.some((l) => typeof l !== 'string')) problem('initialState', 'must be a list of CLI command lines');
    else initialState.push(...(raw.initialState as string[]));
  }

  const steps: LabStep[] = [];
  const stepIds = new Set<string>();
  const checkIds = new Set<string>();
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) problem('steps', 'list at least one step');
  else
    raw.steps.forEach((s, i) => {
      const path = `steps[${i}]`;
      if (!isRecord(s)) return problem(path, 'must be a mapping');
      const id = text(s, 'id', `${path}.`);
      if (id && !ID.test(id)) problem(`${path}.id`, `"${id}" must be lowercase words joined by hyphens`);
      if (stepIds.has(id)) problem(`${path}.id`, `duplicate step id "${id}"`);
      stepIds.add(id);
      const file = text(s, 'file', `${path}.`);
      const markdown = file ? files.readStepFile(file) : undefined;
      if (file && markdown === undefined) problem(`${path}.file`, `${file} does not exist`);
      const hints = Array.isArray(s.hints) ? s.hints.filter((h): h is string => typeof h === 'string') : [];
      if (s.hints !== undefined && (!Array.isArray(s.hints) || hints.length !== s.hints.length)) problem(`${path}.hints`, 'must be a list of text');
      const checks: LabCheck[] = [];
      if (!Array.isArray(s.checks) || s.checks.length === 0) problem(`${path}.checks`, 'list at least one check');
      else
        s.checks.forEach((c, j) => {
          const check = parseCheck(c, `${path}.checks[${j}]`, problem, text);
          if (!check) return;
          if (checkIds.has(check.id)) problem(`${path}.checks[${j}].id`, `duplicate check id "${check.id}"`);
          checkIds.add(check.id);
          checks.push(check);
        });
      steps.push({ id, title: text(s, 'title', `${path}.`), markdown: markdown ?? '', hints, checks });
    });

  if (files.solution === undefined || files.solution.trim() === '') problem('solution.sh', 'the reference solution is missing');
  if (problems.length > 0) throw new LabFormatError(files.slug, problems);
  return {
    slug: files.slug,
    title,
    summary,
    level: level as LabDefinition['level'],
    estimatedMinutes: estimatedMinutes as number,
    order: order as number,
    examDomains,
    initialState,
    steps,
    solution: files.solution ?? '',
  };
}

function parseCheck(
  c: unknown,
  path: string,
  problem: (path: string, message: string) => void,
  text: (obj: Raw, key: string, path: string) => string,
): LabCheck | undefined {
  if (!isRecord(c)) {
    problem(path, 'must be a mapping');
    return undefined;
  }
  const id = text(c, 'id', `${path}.`);
  if (id && !ID.test(id)) problem(`${path}.id`, `"${id}" must be lowercase words joined by hyphens`);
  const call = c.call;
  let service = 'rds';
  let operation = '';
  let input: Record<string, unknown> | undefined;
  let region: string | undefined;
  if (!isRecord(call)) problem(`${path}.call`, 'must name a service and an operation');
  else {
    service = String(call.service ?? '');
    if (!isServiceName(service)) problem(`${path}.call.service`, `"${service}" is not a sandbox service`);
    operation = text(call, 'operation', `${path}.call.`);
    if (call.input !== undefined && !isRecord(call.input)) problem(`${path}.call.input`, 'must be a mapping of parameters');
    else input = call.input as Record<string, unknown> | undefined;
    if (call.region !== undefined) region = String(call.region);
  }
  const query = text(c, 'query', `${path}.`);
  const expect = c.expect;
  let expectation: CheckExpectation | undefined;
  if (!isRecord(expect) || Object.keys(expect).length !== 1 || !(EXPECTATION_KEYS as readonly string[]).includes(Object.keys(expect)[0])) {
    problem(`${path}.expect`, `must have exactly one of ${EXPECTATION_KEYS.join(', ')}`);
  } else {
    const [key, value] = Object.entries(expect)[0];
    if ((key === 'atLeast' || key === 'atMost') && typeof value !== 'number') problem(`${path}.expect.${key}`, 'must be a number');
    if (key === 'exists' && typeof value !== 'boolean') problem(`${path}.expect.exists`, 'must be true or false');
    if (key === 'matches') {
      try {
        new RegExp(String(value));
      } catch {
        problem(`${path}.expect.matches`, 'is not a valid regular expression');
      }
    }
    expectation = expect as CheckExpectation;
  }
  const points = c.points ?? 1;
  if (typeof points !== 'number' || !Number.isInteger(points) || points <= 0) problem(`${path}.points`, 'must be a positive whole number');
  if (!expectation || !isServiceName(service)) return undefined;
  return {
    id,
    description: text(c, 'description', `${path}.`),
    call: { service, operation, input, region },
    query,
    expect: expectation,
    points: points as number,
    hint: typeof c.hint === 'string' ? c.hint : undefined,
  };
}
