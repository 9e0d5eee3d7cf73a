import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

const pages = [
  { Marker: 'm1', DBInstances: [{ DBInstanceIdentifier: 'a' }, { DBInstanceIdentifier: 'b' }] },
  { Marker: 'm2', DBInstances: [{ DBInstanceIdentifier: 'c' }] },
  { DBInstances: [{ DBInstanceIdentifier: 'd' }] },
];
const byMarker = (call: { input: Record<string, unknown> }) => structuredClone(pages[{ m1: 1, m2: 2 }[call.input.Marker as string] ?? 0]);

describe('auto-pagination', () => {
  it('follows markers and merges result keys', async () => {
    const host = new FakeCliHost(byMarker);
    const result = await runCli("aws rds describe-db-instances --query 'DBInstances[].DBInstanceIdentifier' --output text", host);
    expect(result.stdout).toBe('a\tb\nc\nd\n');
    expect(host.calls.map((c) => c.input)).toEqual([{}, { Marker: 'm1' }, { Marker: 'm2' }]);
  });

  it('sends --page-size as the limit member', async () => {
    const host = new FakeCliHost(byMarker);
    await runCli('aws rds describe-db-instances --page-size 20', host);
    expect(host.calls[0].input).toEqual({ MaxRecords: 20 });
  });

  it('stops at --max-items and hands out a NextToken that resumes there', async () => {
    const host = new FakeCliHost(byMarker);
    const first = await runCli("aws rds describe-db-instances --max-items 1 --query '[DBInstances[].DBInstanceIdentifier, NextToken]' --output json", host);
    const [ids, token] = JSON.parse(first.stdout) as [string[], string];
    expect(ids).toEqual(['a']);
    const second = await runCli(`aws rds describe-db-instances --starting-token ${token} --query 'DBInstances[].DBInstanceIdentifier' --output text`, host);
    expect(second.stdout).toBe('b\nc\nd\n');
  });

  it('does not paginate with --no-paginate or a manual --marker', async () => {
    const host = new FakeCliHost(byMarker);
    const result = await runCli('aws rds describe-db-instances --no-paginate --output text --query Marker', host);
    expect(result.stdout).toBe('m1\n');
    await runCli('aws rds describe-db-instances --marker m1', host);
    expect(host.calls).toHaveLength(2);
  });
});
