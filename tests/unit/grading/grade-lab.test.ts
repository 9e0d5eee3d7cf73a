import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../src/engine/aws-error';
import { describeExpectation, meetsExpectation } from '../../../src/grading/evaluate-expectation';
import { gradeLab } from '../../../src/grading/grade-lab';
import type { LabCheck, LabDefinition } from '../../../src/labs/lab-definition';

function check(id: string, query: string, expect: LabCheck['expect'], points = 1): LabCheck {
  return { id, description: id, call: { service: 'rds', operation: 'DescribeDBClusters', input: {} }, query, expect, points, hint: `hint for ${id}` };
}

const lab: LabDefinition = {
  slug: 'demo',
  title: 'Demo',
  summary: 'demo',
  level: 'associate',
  estimatedMinutes: 5,
  order: 1,
  examDomains: [{ exam: 'SAA-C03', domain: '3.3' }],
  initialState: [],
  solution: 'true',
  steps: [
    { id: 'one', title: 'One', markdown: '', hints: [], checks: [check('status', 'DBClusters[0].Status', { equals: 'available' }, 2), check('count', 'length(DBClusters)', { atLeast: 1 })] },
    { id: 'two', title: 'Two', markdown: '', hints: [], checks: [check('created', 'DBClusters[0].ClusterCreateTime', { matches: '^2026-' }), check('bad', 'length(DBClusters[0].Nope)', { equals: 1 })] },
  ],
};

describe('gradeLab', () => {
  it('scores each check all-or-nothing, per step and in total, with reasons', async () => {
    let reads = 0;
    const report = await gradeLab(lab, async () => {
      reads++;
      return { DBClusters: [{ Status: 'creating', ClusterCreateTime: new Date('2026-11-27T10:00:00Z') }] };
    });
    expect(reads).toBe(1);
    expect(report).toMatchObject({ passed: false, score: 2, maxScore: 5 });
    const [one, two] = report.steps;
    expect(one).toMatchObject({ id: 'one', passed: false, score: 1, maxScore: 3 });
    expect(one.checks[0]).toMatchObject({
      passed: false,
      points: 0,
      maxPoints: 2,
      expected: 'equals "available"',
      actual: 'creating',
      message: 'Wanted a value that equals "available"; found "creating". hint for status',
    });
    expect(two.checks[0]).toMatchObject({ passed: true, actual: '2026-11-27T10:00:00+00:00' });
    expect(two.checks[1]).toMatchObject({ passed: false, actual: null });
    expect(two.checks[1].message).toContain('could not be evaluated');
  });

  it('fails checks whose read is refused, naming the AWS error', async () => {
    const report = await gradeLab(lab, async () => {
      throw new AwsError('DBClusterNotFoundFault', 'DBCluster x not found.', 404);
    });
    expect(report.score).toBe(0);
    expect(report.steps[0].checks[0]).toMatchObject({ passed: false, actual: { error: 'DBClusterNotFoundFault', message: 'DBCluster x not found.' } });
    expect(report.steps[0].checks[0].message).toBe('DescribeDBClusters answered DBClusterNotFoundFault: DBCluster x not found. hint for status');
  });
});

describe('expectations', () => {
  it.each([
    [{ equals: 'a' }, 'a', true],
    [{ equals: [1, 2] }, [1, 2], true],
    [{ equals: 'a' }, null, false],
    [{ notEquals: 'a' }, 'b', true],
    [{ notEquals: 'a' }, null, false],
    [{ exists: true }, 0, true],
    [{ exists: true }, null, false],
    [{ exists: false }, null, true],
    [{ contains: 'x' }, ['x', 'y'], true],
    [{ contains: 'ell' }, 'hello', true],
    [{ contains: 'z' }, ['x'], false],
    [{ atLeast: 2 }, 2, true],
    [{ atLeast: 2 }, '3', false],
    [{ atMost: 2 }, 3, false],
    [{ matches: '^8\\.0' }, '8.0.mysql_aurora.3.08.2', true],
    [{ matches: '^8\\.0' }, 8, false],
  ] as const)('%j on %j -> %s', (expect_, actual, result) => {
    expect(meetsExpectation(actual, expect_)).toBe(result);
    expect(describeExpectation(expect_)).toBeTruthy();
  });
});
