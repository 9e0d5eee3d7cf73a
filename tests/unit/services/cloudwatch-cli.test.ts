import { describe, expect, it } from 'vitest';
import type { CliCall, CliHost } from '../../../src/cli/cli-host';
import { runCli } from '../../../src/cli/run-cli';
import { ACCOUNT_ID, Harness, MINUTE, REGION } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

/** The CLI emulator wired straight to a harness's engine. */
function engineHost(h: Harness): CliHost {
  return {
    defaultRegion: REGION,
    invoke: async (call: CliCall) => h.call(call.service, call.operation, call.input, call.region),
    advanceClock: async (ms) => h.advance(ms),
  };
}

describe('CloudWatch and PI through the CLI emulator', () => {
  it("runs the seed's alarm (substituted, with --evaluation-periods) and lists MetricAlarms then CompositeAlarms, as the real CLI does", async () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'aurora-mysql-prod' });
    createInstance(h, { DBInstanceIdentifier: 'w', DBClusterIdentifier: 'aurora-mysql-prod' });
    h.advance(15 * MINUTE);
    const host = engineHost(h);
    const put = await runCli(
      `aws cloudwatch put-metric-alarm --alarm-name "Aurora-High-CPU" --alarm-description "Aurora cluster high CPU utilization" --metric-name CPUUtilization --namespace AWS/RDS --statistic Average --period 300 --threshold 80 --comparison-operator GreaterThanThreshold --dimensions Name=DBClusterIdentifier,Value=aurora-mysql-prod --alarm-actions arn:aws:sns:${REGION}:${ACCOUNT_ID}:aurora-alerts --evaluation-periods 1`,
      host,
    );
    expect(put).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const described = await runCli('aws cloudwatch describe-alarms', host);
    expect(described.exitCode).toBe(0);
    const output = JSON.parse(described.stdout) as Record<string, unknown[]>;
    expect(Object.keys(output)).toEqual(['MetricAlarms', 'CompositeAlarms']);
    expect(output.MetricAlarms).toHaveLength(1);
    const bad = await runCli('aws cloudwatch delete-alarms --alarm-names nope', host);
    expect(bad.exitCode).toBe(254);
    expect(bad.stderr).toMatch(/^\nAn error occurred \(ResourceNotFound\) when calling the DeleteAlarms operation: /);
    h.advance(5 * MINUTE);
    const state = await runCli("aws cloudwatch describe-alarms --state-value OK --query 'MetricAlarms[].AlarmName' --output text", host);
    expect(state.stdout).toBe('Aurora-High-CPU\n');
  });
});
