import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost } from './fake-cli-host';

async function callOf(command: string) {
  const host = new FakeCliHost();
  const result = await runCli(command, host);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  expect(host.calls).toHaveLength(1);
  return host.calls[0];
}

describe('command line -> CliCall', () => {
  it('maps strings, integers, lists, booleans and structures by their model types', async () => {
    const call = await callOf(
      'aws rds create-db-cluster --db-cluster-identifier demo --engine aurora-mysql --port 3306 ' +
        '--vpc-security-group-ids sg-1 sg-2 --enable-iam-database-authentication --no-deletion-protection ' +
        '--tags Key=env,Value=prod Key=team,Value=data --serverless-v2-scaling-configuration MinCapacity=0.5,MaxCapacity=16 ' +
        '--scaling-configuration MinCapacity=1,AutoPause=true --backtrack-window 3600',
    );
    expect(call).toEqual({
      service: 'rds',
      operation: 'CreateDBCluster',
      region: 'us-east-1',
      input: {
        DBClusterIdentifier: 'demo',
        Engine: 'aurora-mysql',
        VpcSecurityGroupIds: ['sg-1', 'sg-2'],
        Port: 3306,
        Tags: [
          { Key: 'env', Value: 'prod' },
          { Key: 'team', Value: 'data' },
        ],
        EnableIAMDatabaseAuthentication: true,
        BacktrackWindow: 3600,
        ScalingConfiguration: { MinCapacity: 1, AutoPause: true },
        DeletionProtection: false,
        ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 16 },
      },
    });
  });

  it('accepts JSON for structures and lists', async () => {
    const call = await callOf(
      `aws rds add-tags-to-resource --resource-name arn:aws:rds:us-east-1:123456789012:cluster:demo --tags '[{"Key":"a","Value":"b"}]'`,
    );
    expect(call.input).toEqual({ ResourceName: 'arn:aws:rds:us-east-1:123456789012:cluster:demo', Tags: [{ Key: 'a', Value: 'b' }] });
  });

  it('takes option names from botocore xform_name (multi-az, iam)', async () => {
    const call = await callOf('aws rds create-db-instance --db-instance-identifier i1 --db-instance-class db.r6g.large --engine aurora-mysql --multi-az --db-cluster-identifier c1');
    expect(call.input).toMatchObject({ MultiAZ: true, DBInstanceClass: 'db.r6g.large' });
  });

  it('accepts --opt=value and unambiguous prefixes like argparse', async () => {
    const call = await callOf('aws rds describe-db-clusters --db-cluster-id=demo');
    expect(call.input).toEqual({ DBClusterIdentifier: 'demo' });
  });

  it('turns timestamps into Dates', async () => {
    const call = await callOf(
      'aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier new --source-db-cluster-identifier old --restore-to-time 2023-05-01T10:20:30Z',
    );
    expect(call.input.RestoreToTime).toEqual(new Date('2023-05-01T10:20:30Z'));
  });

  it('applies filters shorthand with list wrapping', async () => {
    const call = await callOf('aws rds describe-db-instances --filters Name=engine,Values=aurora-mysql --no-paginate');
    expect(call.input).toEqual({ Filters: [{ Name: 'engine', Values: ['aurora-mysql'] }] });
  });

  it('uses --region, then AWS_REGION, then AWS_DEFAULT_REGION, then the host default', async () => {
    const host = new FakeCliHost(() => ({}), 'eu-west-1');
    await runCli('aws rds describe-db-clusters --no-paginate', host);
    await runCli('export AWS_DEFAULT_REGION=us-west-2; aws rds describe-db-clusters --no-paginate', host);
    await runCli('AWS_REGION=ap-south-1 aws rds describe-db-clusters --no-paginate', host);
    await runCli('aws rds describe-db-clusters --no-paginate --region sa-east-1', host);
    expect(host.calls.map((c) => c.region)).toEqual(['eu-west-1', 'us-west-2', 'ap-south-1', 'sa-east-1']);
  });

  it('splits modify-option-group into the CLI customizations', async () => {
    const call = await callOf('aws rds add-option-to-option-group --option-group-name og --options OptionName=MARIADB_AUDIT_PLUGIN --apply-immediately');
    expect(call).toMatchObject({ operation: 'ModifyOptionGroup', input: { OptionGroupName: 'og', OptionsToInclude: [{ OptionName: 'MARIADB_AUDIT_PLUGIN' }], ApplyImmediately: true } });
  });

  it('fills in from --cli-input-json without overriding the command line', async () => {
    const call = await callOf(`aws rds create-db-cluster --engine aurora-postgresql --cli-input-json '{"DBClusterIdentifier":"c9","Engine":"aurora-mysql"}'`);
    expect(call.input).toEqual({ Engine: 'aurora-postgresql', DBClusterIdentifier: 'c9' });
  });

  it('supports operations newer than the installed real CLI (enable-http-endpoint)', async () => {
    const call = await callOf('aws rds enable-http-endpoint --resource-arn arn:aws:rds:us-east-1:123456789012:cluster:demo');
    expect(call.operation).toBe('EnableHttpEndpoint');
  });

  it('serves ec2 from its model too', async () => {
    const call = await callOf('aws ec2 describe-security-groups --group-ids sg-1 --no-paginate');
    expect(call).toMatchObject({ service: 'ec2', operation: 'DescribeSecurityGroups', input: { GroupIds: ['sg-1'] } });
  });
});
