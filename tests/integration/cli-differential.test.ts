import { beforeAll, describe, expect, it } from 'vitest';
import { runAws } from '../../src/cli/aws/aws-cli';
import type { CliHost } from '../../src/cli/cli-host';
import { mapLimited, realCliAvailability, runRealCli, type ProcessResult } from './cli-differential-support';

/**
 * Error cases the real CLI rejects before it would contact a server: our emulator must print the
 * same bytes and exit with the same code. Both get the same argv (no shell involved).
 */
const CREATE = ['rds', 'create-db-cluster', '--db-cluster-identifier', 'x', '--engine', 'aurora-mysql'];
const DESCRIBE = ['rds', 'describe-db-clusters'];

const CASES: ReadonlyArray<readonly string[]> = [
  [],
  ['rds'],
  ['rds', 'create-db-cluster'],
  ['rds', 'create-db-instance', '--engine', 'aurora-mysql'],
  [...CREATE, '--foo', 'bar'],
  [...CREATE, '--foo', 'bar', 'baz', '--qux'],
  [...DESCRIBE, '--foo'],
  [...CREATE, '--engine'],
  [...CREATE, '--deletion-protection', 'true'],
  [...CREATE, '--deletion-protection=true'],
  [...CREATE, '--master-user-password', '-abc'],
  [...CREATE, '--port', '5.5'],
  [...CREATE, '--port', 'abc', '--foo'],
  [...CREATE, '--backtrack-window', 'x'],
  [...CREATE, '--tags', 'Key'],
  [...CREATE, '--tags', 'Key=a,Value'],
  [...CREATE, '--tags', 'file:///nonexistent'],
  [...CREATE, '--scaling-configuration', 'MinCapacity=abc'],
  [...CREATE, '--scaling-configuration', '{"MinCapacity": "x"}'],
  [...CREATE, '--scaling-configuration', 'Foo=1'],
  [...CREATE, '--scaling-configuration', '{"Foo": 1'],
  [...CREATE, '--scaling-configuration', 'MinCapacity=1,AutoPause=maybe'],
  [...CREATE, '--scaling-configuration', 'MinCapacity=[1,2]'],
  [...CREATE, '--serverless-v2-scaling-configuration', 'MinCapacity=abc'],
  [...CREATE, '--serverless-v2-scaling-configuration', '{"MinCapacity": true, "MaxCapacity": "x"}'],
  ['--output', 'xml', ...DESCRIBE],
  [...DESCRIBE, '--region'],
  [...DESCRIBE, '--color', 'maybe'],
  [...DESCRIBE, '--db'],
  [...DESCRIBE, '--db-cluster-id', 'x', '--foo'],
  [...DESCRIBE, '--filters', 'Values=a'],
  [...DESCRIBE, '--filters', 'Name=a,Values=b,Name=c'],
  [...DESCRIBE, '--filters', 'Name=a,Values=[b,c'],
  [...DESCRIBE, '--filters', 'Name="a,Values=b'],
  [...DESCRIBE, '--max-items', 'abc'],
  [...DESCRIBE, '--no-paginate', '--max-items', '5'],
  [...DESCRIBE, '--no-paginate', '--starting-token', 'x'],
  [...DESCRIBE, '--cli-input-json', '{bad'],
  [...DESCRIBE, '--cli-input-json', '[1]'],
  [...DESCRIBE, '--endpoint-url', 'foo'],
  [...DESCRIBE, '--query', ''],
  [...DESCRIBE, '--query', 'foo.'],
  [...DESCRIBE, '--query', 'foo[?a==]'],
  [...DESCRIBE, '--query', 'DBClusters['],
  [...DESCRIBE, '--query', 'a = b'],
  [...DESCRIBE, '--query', '`a"b`'],
  [...DESCRIBE, '--query', '{a: b'],
  [...DESCRIBE, '--query', 'a[1:2:3:4]'],
  [...DESCRIBE, '--query', '"abc'],
  [...DESCRIBE, '--query', '"a"(@)'],
  [...DESCRIBE, '--query', 'a || '],
  [...DESCRIBE, '--query', 'a.[b'],
  [...DESCRIBE, '--query', '~'],
  [...DESCRIBE, '--generate-cli-skeleton'],
  ['rds', 'describe-db-cluster-endpoints', '--generate-cli-skeleton', 'input'],
  ['rds', 'wait'],
  ['rds', 'wait', 'db-cluster-available', '--foo'],
  ['rds', 'restore-db-cluster-to-point-in-time', '--db-cluster-identifier', 'a', '--source-db-cluster-identifier', 'b', '--restore-to-time', 'foo'],
  ['rds', 'add-tags-to-resource', '--resource-name', 'x', '--tags', '[{"Key": 1}]'],
  ['rds', 'add-tags-to-resource', '--resource-name', 'x', '--tags', 'Key=a,Value=b,Key=c'],
  ['rds', 'describe-db-instances', '--filters', '{"Name": "a"}', '{"Values": 1}'],
  ['ec2', 'describe-vpcs', '--foo'],
  ['ec2', 'create-security-group', '--group-name', 'g'],
  ['ec2', 'authorize-security-group-ingress', '--group-id', 'sg-1', '--protocol', 'xyz'],
  ['ec2', 'authorize-security-group-ingress', '--group-id', 'sg-1', '--protocol', '300'],
  ['ec2', 'authorize-security-group-ingress', '--group-id', 'sg-1', '--protocol', 'tcp', '--port', 'abc'],
  ['ec2', 'authorize-security-group-ingress', '--group-id', 'sg-1', '--ip-permissions', 'IpProtocol=tcp', '--port', '22'],
  ['ec2', 'modify-vpc-attribute', '--vpc-id', 'v', '--enable-dns-hostnames', '--no-enable-dns-hostnames'],
  ['ec2', 'run-instances', '--image-id', 'ami-1', '--count', 'x'],
  ['ec2', 'create-image', '--instance-id', 'i-1', '--name', 'n', '--reboot', 'x'],
]

const offline: CliHost = {
  defaultRegion: 'us-east-1',
  invoke: async () => {
    throw new Error('the differential cases must fail before any request');
  },
  advanceClock: async () => {},
};

const availability = realCliAvailability();

describe.skipIf(availability.skip)('CLI errors are byte-identical to the real AWS CLI v2', () => {
  let real: ProcessResult[] = [];
  beforeAll(async () => {
    real = await mapLimited(CASES, 2, (args) => runRealCli(args));
  }, 120_000);

  CASES.forEach((args, index) => {
    it(`aws ${args.join(' ')}`, async () => {
      const ours = await runAws(args, new Map([['AWS_DEFAULT_REGION', 'us-east-1']]), offline);
      expect({ stdout: ours.stdout, stderr: ours.stderr, exitCode: ours.exitCode }).toEqual(real[index]);
    });
  });
});
