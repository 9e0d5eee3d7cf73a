import { isDeepStrictEqual } from 'node:util';
import type { CheckExpectation } from '../labs/lab-definition';

/** The expectation in the words a learner reads next to a failed check. */
export function describeExpectation(expect: CheckExpectation): string {
  if ('equals' in expect) return `equals ${JSON.stringify(expect.equals)}`;
  if ('notEquals' in expect) return `is not ${JSON.stringify(expect.notEquals)}`;
  if ('exists' in expect) return expect.exists ? 'exists' : 'does not exist';
  if ('contains' in expect) return `contains ${JSON.stringify(expect.contains)}`;
  if ('atLeast' in expect) return `is at least ${expect.atLeast}`;
  if ('atMost' in expect) return `is at most ${expect.atMost}`;
  return `matches /${expect.matches}/`;
}

/** Whether a query result meets an expectation. `null` (JMESPath's "nothing") never meets a value test. */
export function meetsExpectation(actual: unknown, expect: CheckExpectation): boolean {
  if ('equals' in expect) return isDeepStrictEqual(actual, expect.equals);
  if ('notEquals' in expect) return actual !== null && !isDeepStrictEqual(actual, expect.notEquals);
  if ('exists' in expect) return (actual !== null && actual !== undefined) === expect.exists;
  if ('contains' in expect) {
    if (Array.isArray(actual)) return actual.some((item) => isDeepStrictEqual(item, expect.contains));
    return typeof actual === 'string' && typeof expect.contains === 'string' && actual.includes(expect.contains);
  }
  if ('atLeast' in expect) return typeof actual === 'number' && actual >= expect.atLeast;
  if ('atMost' in expect) return typeof actual === 'number' && actual <= expect.atMost;
  return typeof actual === 'string' && new RegExp(expect.matches).test(actual);
}
