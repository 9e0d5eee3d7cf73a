import { describe, expect, it } from 'vitest';
import type { CliCall, CliHost } from '../../../src/cli/cli-host';
import { runCli } from '../../../src/cli/run-cli';
import { Harness } from './support/engine-harness';
import { MONITORING_TRUST_POLICY } from './support/iam-fixtures';

/** The CLI emulator wired to a sandbox engine. */
function engineHost(h: Harness): CliHost {
  return {
    defaultRegion: 'us-east-1',
    async invoke(call: CliCall) {
      return h.call(call.service, call.operation, call.input, call.region);
    },
    async advanceClock(ms: number) {
      h.advance(ms);
    },
  };
}

describe('aws iam in the CLI emulator', () => {
  it('shows policy documents decoded into JSON objects, as botocore does', async () => {
    const h = new Harness();
    const host = engineHost(h);
    const created = await runCli(`aws iam create-role --role-name rds-monitoring-role --assume-role-policy-document '${MONITORING_TRUST_POLICY}'`, host);
    expect(created.exitCode).toBe(0);
    expect(JSON.parse(created.stdout).Role.AssumeRolePolicyDocument).toEqual(JSON.parse(MONITORING_TRUST_POLICY));
    const principal = await runCli(
      'aws iam get-role --role-name rds-monitoring-role --query Role.AssumeRolePolicyDocument.Statement[0].Principal.Service --output text',
      host,
    );
    expect(principal).toEqual({ stdout: 'monitoring.rds.amazonaws.com\n', stderr: '', exitCode: 0 });
    const version = await runCli(
      'aws iam get-policy-version --policy-arn arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole --version-id v1 --query PolicyVersion.Document.Version --output text',
      host,
    );
    expect(version.stdout).toBe('2012-10-17\n');
  });

  it('prints IAM errors as the CLI does', async () => {
    const result = await runCli('aws iam get-role --role-name nope', engineHost(new Harness()));
    expect(result).toEqual({ stdout: '', stderr: '\nAn error occurred (NoSuchEntity) when calling the GetRole operation: The role with name nope cannot be found.\n', exitCode: 254 });
  });

  it('waits for a role with the botocore waiter', async () => {
    const h = new Harness();
    const host = engineHost(h);
    await runCli(`aws iam create-role --role-name r --assume-role-policy-document '${MONITORING_TRUST_POLICY}'`, host);
    expect(await runCli('aws iam wait role-exists --role-name r', host)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
