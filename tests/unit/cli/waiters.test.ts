import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../src/engine/aws-error';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

const cluster = (Status: string) => ({ DBClusters: [{ DBClusterIdentifier: 'demo', Status }] });

describe('aws rds wait', () => {
  it('polls every 30 s of virtual time until the success acceptor matches', async () => {
    const statuses = ['creating', 'creating', 'backing-up', 'available'];
    const host = new FakeCliHost((_call, i) => cluster(statuses[i]));
    const result = await runCli('aws rds wait db-cluster-available --db-cluster-identifier demo', host);
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.calls.map((c) => [c.operation, c.input])).toEqual(Array(4).fill(['DescribeDBClusters', { DBClusterIdentifier: 'demo' }]));
    expect(host.clockAdvances).toEqual([30_000, 30_000, 30_000]);
  });

  it('fails on a terminal state with botocore text and exit 255', async () => {
    const host = new FakeCliHost(() => cluster('deleting'));
    const result = await runCli('aws rds wait db-cluster-available --db-cluster-identifier demo', host);
    expect(result).toEqual({
      stdout: '',
      stderr:
        '\nWaiter DBClusterAvailable failed: Waiter encountered a terminal failure state: For expression "DBClusters[].Status" we matched expected path: "deleting" at least once\n',
      exitCode: 255,
    });
  });

  it('gives up after the waiter\'s maximum attempts', async () => {
    const host = new FakeCliHost(() => ({ DBInstances: [{ DBInstanceIdentifier: 'i', DBInstanceStatus: 'creating' }] }));
    const result = await runCli('aws rds wait db-instance-available --db-instance-identifier i', host);
    expect(result.stderr).toBe('\nWaiter DBInstanceAvailable failed: Max attempts exceeded\n');
    expect(result.exitCode).toBe(255);
    expect(host.calls).toHaveLength(60);
    expect(host.clockAdvances).toHaveLength(59);
  });

  it('treats the not-found error as success for deleted waiters', async () => {
    const host = new FakeCliHost((_call, i) => {
      if (i === 0) return { DBInstances: [{ DBInstanceIdentifier: 'i', DBInstanceStatus: 'deleting' }] };
      throw new AwsError('DBInstanceNotFound', 'DBInstance i not found.', 404);
    });
    const result = await runCli('aws rds wait db-instance-deleted --db-instance-identifier i', host);
    expect(result.exitCode).toBe(0);
    expect(host.calls).toHaveLength(2);
  });

  it('reports an unexpected service error as a waiter failure', async () => {
    const host = new FakeCliHost(() => {
      throw new AwsError('DBClusterNotFoundFault', 'DBCluster nope not found.', 404);
    });
    const result = await runCli('aws rds wait db-cluster-available --db-cluster-identifier nope', host);
    expect(result.stderr).toBe('\nWaiter DBClusterAvailable failed: An error occurred (DBClusterNotFoundFault): DBCluster nope not found.\n');
  });

  it('asks for a waiter name like the real CLI', async () => {
    const result = await runCli('aws rds wait', new FakeCliHost());
    expect(result.stderr).toBe('\nusage: aws [options] rds wait <subcommand> [parameters]\naws: error: too few arguments\n');
    expect(result.exitCode).toBe(252);
  });
});
