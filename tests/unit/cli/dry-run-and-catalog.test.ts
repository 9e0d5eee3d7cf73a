import { describe, expect, it } from 'vitest';
import { cliOperationNames, cliOperationOptions, cliServiceNames, cliWaiterNames } from '../../../src/cli/cli-catalog';
import { dryRunCli } from '../../../src/cli/dry-run-cli';

describe('dryRunCli', () => {
  it('reports the call each aws command would make, and CLI errors, without a sandbox', async () => {
    const report = await dryRunCli(
      'CLUSTER=demo\naws rds create-db-cluster --db-cluster-identifier $CLUSTER --engine aurora-mysql\naws rds wait db-cluster-available --db-cluster-identifier $CLUSTER\naws rds create-db-instance --engine aurora-mysql',
      { defaultRegion: 'eu-west-1' },
    );
    expect(report.invocations.map((i) => i.call?.operation ?? i.result.exitCode)).toEqual(['CreateDBCluster', 'DescribeDBClusters', 252]);
    expect(report.invocations[0].call).toEqual({
      service: 'rds',
      operation: 'CreateDBCluster',
      region: 'eu-west-1',
      input: { DBClusterIdentifier: 'demo', Engine: 'aurora-mysql' },
    });
    expect(report.invocations[2].result.stderr).toContain('the following arguments are required: --db-instance-identifier, --db-instance-class');
  });

  it('reports shell syntax errors', async () => {
    const report = await dryRunCli('echo "x', { defaultRegion: 'us-east-1' });
    expect(report.result.exitCode).toBe(2);
    expect(report.invocations).toEqual([]);
  });
});

describe('CLI catalog for editors', () => {
  it('lists services, operations and waiters from the models', () => {
    expect(cliServiceNames()).toEqual(['cloudwatch', 'ec2', 'iam', 'kms', 'pi', 'rds', 'secretsmanager', 'sts']);
    expect(cliOperationNames('rds')).toContain('create-db-cluster');
    expect(cliOperationNames('rds')).toContain('wait');
    expect(cliOperationNames('rds')).not.toContain('modify-option-group');
    expect(cliWaiterNames('rds')).toContain('db-cluster-available');
  });

  it('describes options with required flags and enum values', async () => {
    const options = await cliOperationOptions('rds', 'create-db-cluster');
    expect(options.find((o) => o.name === '--db-cluster-identifier')).toEqual({ name: '--db-cluster-identifier', type: 'string', required: true });
    expect(options.find((o) => o.name === '--tags')?.type).toBe('list');
    expect(options.some((o) => o.name === '--no-deletion-protection')).toBe(true);
    const paged = await cliOperationOptions('rds', 'describe-db-clusters');
    expect(paged.map((o) => o.name)).toEqual(expect.arrayContaining(['--starting-token', '--max-items', '--page-size']));
    expect(paged.map((o) => o.name)).not.toContain('--marker');
    const sg = await cliOperationOptions('ec2', 'authorize-security-group-ingress');
    expect(sg.map((o) => o.name)).toEqual(expect.arrayContaining(['--protocol', '--port', '--cidr', '--source-group']));
  });
});
