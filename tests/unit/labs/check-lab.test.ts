import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLab } from '../../../src/labs/check-lab';
import { LabFormatError } from '../../../src/labs/lab-format-error';
import { labSlugs, labsDir, readLab } from '../../../src/labs/load-labs';

const SLUG = 'first-aurora-mysql-cluster';

/** A copy of the first lab in a temp labs folder, with `edit` applied to one of its files. */
function labCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'labs-'));
  cpSync(path.join(labsDir(), SLUG), path.join(dir, SLUG), { recursive: true });
  const target = path.join(dir, SLUG, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

describe('labs:check', () => {
  it('passes every lab in labs/', async () => {
    for (const slug of labSlugs()) {
      expect((await checkLab(readLab(labsDir(), slug))).problems, slug).toEqual([]);
    }
  }, 60_000);

  it('fails a lab whose solution does not satisfy a check', async () => {
    const dir = labCopy('solution.sh', (s) => s.replace('--backup-retention-period 7', '--backup-retention-period 3'));
    const outcome = await checkLab(readLab(dir, SLUG));
    expect(outcome.problems).toEqual([expect.stringContaining('solution fails check cluster/cluster-backups')]);
  }, 60_000);

  it('fails a lab whose Markdown has a command that does not parse', async () => {
    const dir = labCopy('steps/03-writer.md', (s) => s.replace('--db-instance-class db.r6g.large', '--db-instance-klass db.r6g.large'));
    const outcome = await checkLab(readLab(dir, SLUG));
    expect(outcome.problems.join('\n')).toContain('step writer: a command does not parse (exit 252)');
  }, 60_000);

  it('fails a lab whose initial state already passes', async () => {
    const dir = labCopy('lab.yaml', (s) =>
      s.replace('initialState: []', `initialState:\n${readFileSync(path.join(labsDir(), SLUG, 'solution.sh'), 'utf8')
        .replace(/\\\n\s*/g, '')
        .split('\n')
        .filter((l) => l.startsWith('aws') || l.startsWith('SUBNETS'))
        .map((l) => `  - ${JSON.stringify(l)}`)
        .join('\n')}`),
    );
    const outcome = await checkLab(readLab(dir, SLUG));
    expect(outcome.problems).toContain('the initial state already passes every check: the lab asks nothing of the learner');
  }, 60_000);

  it('lists every format problem of a broken lab.yaml at once', () => {
    const dir = labCopy('lab.yaml', (s) =>
      s.replace('level: associate', 'level: expert').replace('file: steps/02-cluster.md', 'file: steps/missing.md').replace('expect: { equals: available }', 'expect: { equals: available, atLeast: 1 }'),
    );
    const error = (() => {
      try {
        readLab(dir, SLUG);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LabFormatError);
    expect((error as LabFormatError).problems).toEqual([
      'level: must be one of foundational, associate, professional',
      'steps[1].file: steps/missing.md does not exist',
      'steps[3].checks[0].expect: must have exactly one of equals, notEquals, exists, contains, atLeast, atMost, matches',
    ]);
  });
});

describe('labs:check on checks', () => {
  it('fails a check with an unknown operation or a query the CLI would reject', async () => {
    const dir = labCopy('lab.yaml', (s) => s.replace('operation: DescribeDBSubnetGroups }', 'operation: DescribeDBSubnetGroupz }').replace('query: "DBClusters[0].Status"', 'query: "DBClusters[0].Status]"'));
    const outcome = await checkLab(readLab(dir, SLUG));
    expect(outcome.problems).toContain('check subnet-group/subnet-group-exists: rds has no operation DescribeDBSubnetGroupz');
    expect(outcome.problems.join('\n')).toContain('check available/cluster-available: the query does not parse');
  }, 60_000);
});
