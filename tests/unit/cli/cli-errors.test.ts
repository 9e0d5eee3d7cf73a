import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../src/engine/aws-error';
import { runAws } from '../../../src/cli/aws/aws-cli';
import { runCli } from '../../../src/cli/run-cli';
import { FakeCliHost, USAGE_BLOCK } from './fake-cli-host';

const CREATE = 'aws rds create-db-cluster --db-cluster-identifier x --engine aurora-mysql';

async function run(command: string, host = new FakeCliHost()) {
  const result = await runCli(command, host);
  return { ...result, calls: host.calls };
}

// Every expected text below was captured from the real AWS CLI v2.9.19 (/usr/bin/aws).
describe('usage errors (exit 252, nothing sent)', () => {
  it.each([
    ['aws rds create-db-cluster', 'aws: error: the following arguments are required: --db-cluster-identifier, --engine\n\n'],
    ['aws rds', 'aws: error: the following arguments are required: operation\n\n'],
    ['aws', 'aws: error: the following arguments are required: command\n\n'],
    [`${CREATE} --engine`, 'aws: error: argument --engine: expected one argument\n\n'],
    [`${CREATE} --master-user-password -abc`, 'aws: error: argument --master-user-password: expected one argument\n\n'],
    [`${CREATE} --deletion-protection=true`, "aws: error: argument --deletion-protection: ignored explicit argument 'true'\n\n"],
    ['aws rds describe-db-clusters --region', 'aws: error: argument --region: expected one argument\n\n'],
    ['aws rds describe-db-clusters --max-items abc', "aws: error: argument --max-items: invalid int value: 'abc'\n\n"],
    ['aws rds describe-db-clusters --db', 'aws: error: argument --db-cluster-identifier: expected one argument\n\n'],
  ])('%s', async (command, tail) => {
    const result = await run(command);
    expect(result.stderr).toBe(USAGE_BLOCK + tail);
    expect(result.exitCode).toBe(252);
    expect(result.calls).toHaveLength(0);
  });

  it('rejects an ambiguous option prefix', async () => {
    const result = await run(`${CREATE} --db x`);
    expect(result.stderr).toContain('aws: error: ambiguous option: --db could match --db-cluster-identifier, --db-cluster-parameter-group-name, ');
    expect(result.exitCode).toBe(252);
  });

  it('lists valid choices two per line with close matches', async () => {
    const result = await run('aws --output xml rds describe-db-clusters');
    expect(result.stderr).toBe(
      `${USAGE_BLOCK}aws: error: argument --output: Invalid choice, valid choices are:\n\n` +
        'json                                     | text                                    \n' +
        'table                                    | yaml                                    \n' +
        'yaml-stream                             \n\n',
    );
  });

  it('suggests close operation names', async () => {
    const result = await run('aws rds describe-db-cluster');
    expect(result.stderr).toContain("\n\nInvalid choice: 'describe-db-cluster', maybe you meant:\n\n  * describe-db-clusters\n  * describe-global-clusters\n\n");
    expect(result.exitCode).toBe(252);
  });

  it('reports unknown options with the stray words argparse collected', async () => {
    expect((await run(`${CREATE} --foo bar`)).stderr).toBe(`${USAGE_BLOCK}Unknown options: --foo, bar\n\n`);
    expect((await run(`${CREATE} --deletion-protection true`)).stderr).toBe(`${USAGE_BLOCK}Unknown options: true\n\n`);
    expect((await run('aws rds describe-db-clusters --foo')).exitCode).toBe(252);
  });
});

describe('parameter errors', () => {
  it.each([
    [`${CREATE} --tags Key`, "\nError parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nKey\n   ^\n", 252],
    [
      `${CREATE} --tags Key=a,Value`,
      "\nParameter validation failed:\nInvalid type for parameter Tags[0].Key, value: ['a', 'Value'], type: <class 'list'>, valid types: <class 'str'>\n",
      252,
    ],
    [`${CREATE} --scaling-configuration MinCapacity=abc`, "\ninvalid literal for int() with base 10: 'abc'\n", 255],
    [
      `${CREATE} --scaling-configuration '{"MinCapacity": "x"}'`,
      "\nParameter validation failed:\nInvalid type for parameter ScalingConfiguration.MinCapacity, value: x, type: <class 'str'>, valid types: <class 'int'>\n",
      252,
    ],
    [
      `${CREATE} --scaling-configuration Foo=1`,
      '\nParameter validation failed:\nUnknown parameter in ScalingConfiguration: "Foo", must be one of: MinCapacity, MaxCapacity, AutoPause, SecondsUntilAutoPause, TimeoutAction, SecondsBeforeTimeout\n',
      252,
    ],
    [
      `${CREATE} --scaling-configuration '{"Foo": 1'`,
      "\nError parsing parameter '--scaling-configuration': Invalid JSON: Expecting ',' delimiter: line 1 column 10 (char 9)\nJSON received: {\"Foo\": 1\n",
      252,
    ],
    [`${CREATE} --port 5.5`, "\ninvalid literal for int() with base 10: '5.5'\n", 255],
    [
      `${CREATE} --tags file:///nonexistent`,
      "\nError parsing parameter '--tags': Unable to load paramfile file:///nonexistent: [Errno 2] No such file or directory: '/nonexistent'\n",
      252,
    ],
    ['aws rds describe-db-clusters --filters Values=a', '\nParameter validation failed:\nMissing required parameter in Filters[0]: "Name"\n', 252],
    [
      'aws rds restore-db-cluster-to-point-in-time --db-cluster-identifier a --source-db-cluster-identifier b --restore-to-time foo',
      "\nParameter validation failed:\nInvalid type for parameter RestoreToTime, value: foo, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string\n",
      252,
    ],
    ['aws rds describe-db-clusters --no-paginate --starting-token x', '\nCannot specify --no-paginate along with pagination arguments: --starting-token\n', 252],
    ["aws rds describe-db-clusters --cli-input-json '{bad'", "\nError parsing parameter 'cli-input-json': Invalid JSON received.\n", 252],
    ["aws rds describe-db-clusters --cli-input-json '[1]'", "\nError parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>\n", 252],
    ['aws rds describe-db-clusters --query ""', '\nBad value for --query : Invalid JMESPath expression: cannot be empty.\n', 252],
    [
      'aws rds describe-db-clusters --endpoint-url foo',
      '\nBad value for --endpoint-url "foo": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/\n',
      252,
    ],
  ])('%s', async (command, stderr, exitCode) => {
    const result = await run(command);
    expect(result.stderr).toBe(stderr);
    expect(result.exitCode).toBe(exitCode);
    expect(result.calls).toHaveLength(0);
  });
});

describe('JSON or shorthand: Python strips its own whitespace', () => {
  // U+001C is whitespace to Python's str.strip() (not to JavaScript's trim()): the value is JSON to
  // the CLI, which json.loads then rejects; U+FEFF is not whitespace to Python, so that value is shorthand.
  it.each([
    [['--vpc-security-group-ids', '\x1c[]'], "\nError parsing parameter '--vpc-security-group-ids': Invalid JSON: Expecting value: line 1 column 1 (char 0)\nJSON received: \x1c[]\n"],
    [
      ['--scaling-configuration', '\x1c{}'],
      "\nError parsing parameter '--scaling-configuration': Invalid JSON: Expecting value: line 1 column 1 (char 0)\nJSON received: \x1c{}\n",
    ],
    [['--scaling-configuration', '\ufeff{}'], "\nError parsing parameter '--scaling-configuration': Expected: '=', received: '\ufeff' for input:\n\ufeff{}\n^\n"],
  ])('%j', async (words, stderr) => {
    const host = new FakeCliHost();
    const result = await runAws(['rds', 'modify-db-cluster', '--db-cluster-identifier', 'x', ...words], new Map(), host);
    expect(result.stderr).toBe(stderr);
    expect(result.exitCode).toBe(252);
    expect(host.calls).toHaveLength(0);
  });
});

describe('service errors (exit 254)', () => {
  it('prints the code, the operation and the message', async () => {
    const host = new FakeCliHost(() => {
      throw new AwsError('DBClusterAlreadyExistsFault', 'DB Cluster already exists', 400);
    });
    const result = await run(CREATE, host);
    expect(result).toMatchObject({
      stdout: '',
      stderr: '\nAn error occurred (DBClusterAlreadyExistsFault) when calling the CreateDBCluster operation: DB Cluster already exists\n',
      exitCode: 254,
    });
  });

  it('mentions retries for errors botocore retries', async () => {
    const host = new FakeCliHost(() => {
      throw new AwsError('InternalFailure', 'boom', 500);
    });
    const result = await run('aws rds describe-db-clusters --db-cluster-identifier x', host);
    expect(result.stderr).toBe('\nAn error occurred (InternalFailure) when calling the DescribeDBClusters operation (reached max retries: 2): boom\n');
  });

  it('reports non-AWS host failures as exit 255', async () => {
    const host = new FakeCliHost(() => {
      throw new Error('engine exploded');
    });
    const result = await run('aws rds describe-db-clusters', host);
    expect(result).toMatchObject({ stderr: '\nengine exploded\n', exitCode: 255 });
  });
});

// The terminal is configured as `aws configure` leaves a machine: one profile, `default`.
describe('profiles', () => {
  const NOT_FOUND = '\nThe config profile (prod) could not be found\n';

  it.each([
    ['aws rds describe-db-clusters --profile prod'],
    ['AWS_PROFILE=prod aws rds describe-db-clusters'],
    ['export AWS_PROFILE=prod; aws rds describe-db-clusters'],
    ['aws rds create-db-cluster --generate-cli-skeleton --profile prod'],
    [`${CREATE} --profile prod --tags Key=a,Value`],
    ['aws rds wait db-cluster-available --db-cluster-identifier x --profile prod'],
    ['aws rds generate-db-auth-token --hostname h --port 3306 --username u --profile prod'],
  ])('%s: an unknown profile fails as botocore ProfileNotFound does (exit 255, nothing sent)', async (command) => {
    const result = await run(command);
    expect({ stderr: result.stderr, exitCode: result.exitCode, calls: result.calls.length }).toEqual({ stderr: NOT_FOUND, exitCode: 255, calls: 0 });
  });

  it('argument errors come first, as in the CLI, which reads the profile only after parsing', async () => {
    expect((await run('aws rds describe-db-clusters --profile prod --bogus')).stderr).toContain('Unknown options: --bogus');
    expect((await run('aws rds describe-db-clusters --profile prod --max-records x')).stderr).toBe("\ninvalid literal for int() with base 10: 'x'\n");
  });

  it('--profile default is the configured one', async () => {
    const result = await run('aws rds describe-db-clusters --profile default');
    expect(result.exitCode).toBe(0);
    expect(result.calls).toHaveLength(1);
  });
});
