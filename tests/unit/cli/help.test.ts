import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

describe('help', () => {
  it('aws help lists the services', async () => {
    const result = await runCli('aws help', new FakeCliHost());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('AVAILABLE SERVICES\n       o cloudwatch\n       o ec2\n       o iam\n       o kms\n       o pi\n       o rds\n       o secretsmanager\n       o sts\n');
  });

  it('aws rds help lists the commands, including customizations', async () => {
    const { stdout } = await runCli('aws rds help', new FakeCliHost());
    expect(stdout).toContain('o create-db-cluster\n');
    expect(stdout).toContain('o add-option-to-option-group\n');
    expect(stdout).toContain('o wait\n');
  });

  it('operation help marks required options and shows shorthand', async () => {
    const host = new FakeCliHost();
    const { stdout, exitCode } = await runCli('aws rds create-db-cluster help', host);
    expect(exitCode).toBe(0);
    expect(host.calls).toHaveLength(0);
    expect(stdout).toContain('          --db-cluster-identifier <value>\n');
    expect(stdout).toContain('          [--deletion-protection | --no-deletion-protection]\n');
    expect(stdout).toContain('--engine (string) [required]');
    expect(stdout).toContain('Key=string,Value=string ...');
  });

  it('waiter help describes the polling like the real CLI', async () => {
    const { stdout } = await runCli('aws rds wait db-cluster-available help', new FakeCliHost());
    expect(stdout).toContain(
      'Wait until JMESPath query DBClusters[].Status returns available for all elements when polling with ``describe-db-clusters``. It will poll every 30 seconds until a successful state has been reached. This will exit with a return code of 255 after 60 failed checks.',
    );
  });
});
