import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAws } from '../../src/cli/aws/aws-cli';
import type { CliCall } from '../../src/cli/cli-host';
import { cliShape, type CliShape } from '../../src/cli/model/cli-shape';
import { operationCommands, serviceCommands } from '../../src/cli/model/service-commands';
import { FakeCliHost } from '../unit/cli/fake-cli-host';
import { modelValueArbitrary, type ModelValue } from './support/model-value-arbitrary';
import { jsonWord, shorthandWords, TYPO_CHARS, withTypos, yamlDocument, type JsonStyle, type ShorthandStyle, type Typo } from './support/parameter-rendering';
import { RealCliRequestBuilder, realCliRequestsAvailability, type BotocoreShape, type RealRequest } from './support/real-cli-request-builder';
import { comparableForms, comparableJsonBody, jsonWireBody, queryWireForm, type QueryWireForm, type WireForm } from './support/sdk-wire-form';

/**
 * Random values for representative list / structure / map / scalar parameters, each spelled as
 * shorthand (where shorthand can say it), as JSON, through --cli-input-json/yaml and with typos,
 * run through the real AWS CLI v2's own code (its driver, parsers, validation and serializer, in one Python process)
 * and through our emulator: the same exit code, the same error text, the same request on the wire.
 */
interface ParameterCase {
  /** `aws <service> <operation>` */
  readonly command: readonly [string, string];
  /** Required members and the values they are given, besides the one under test. */
  readonly fixed: Readonly<Record<string, string>>;
  /** The option under test and its member. */
  readonly option: string;
  readonly member: string;
}

const CASES: readonly ParameterCase[] = [
  { command: ['rds', 'add-tags-to-resource'], fixed: { ResourceName: 'arn:aws:rds:us-east-1:123456789012:cluster:demo' }, option: '--tags', member: 'Tags' },
  { command: ['rds', 'describe-db-clusters'], fixed: {}, option: '--filters', member: 'Filters' },
  { command: ['rds', 'modify-db-cluster'], fixed: { DBClusterIdentifier: 'demo' }, option: '--serverless-v2-scaling-configuration', member: 'ServerlessV2ScalingConfiguration' },
  { command: ['rds', 'modify-db-cluster'], fixed: { DBClusterIdentifier: 'demo' }, option: '--scaling-configuration', member: 'ScalingConfiguration' },
  { command: ['rds', 'modify-db-cluster'], fixed: { DBClusterIdentifier: 'demo' }, option: '--cloudwatch-logs-export-configuration', member: 'CloudwatchLogsExportConfiguration' },
  { command: ['rds', 'modify-db-cluster'], fixed: { DBClusterIdentifier: 'demo' }, option: '--vpc-security-group-ids', member: 'VpcSecurityGroupIds' },
  { command: ['rds', 'modify-db-cluster-parameter-group'], fixed: { DBClusterParameterGroupName: 'pg' }, option: '--parameters', member: 'Parameters' },
  { command: ['ec2', 'authorize-security-group-ingress'], fixed: { GroupId: 'sg-1' }, option: '--ip-permissions', member: 'IpPermissions' },
  { command: ['ec2', 'create-security-group'], fixed: { GroupName: 'db', Description: 'Aurora access' }, option: '--tag-specifications', member: 'TagSpecifications' },
  { command: ['ec2', 'describe-security-groups'], fixed: {}, option: '--filters', member: 'Filters' },
  {
    command: ['cloudwatch', 'put-metric-alarm'],
    fixed: { AlarmName: 'cpu', EvaluationPeriods: '1', ComparisonOperator: 'GreaterThanThreshold' },
    option: '--dimensions',
    member: 'Dimensions',
  },
  {
    command: ['cloudwatch', 'put-metric-alarm'],
    fixed: { AlarmName: 'cpu', EvaluationPeriods: '1', ComparisonOperator: 'GreaterThanThreshold' },
    option: '--metrics',
    member: 'Metrics',
  },
  { command: ['kms', 'encrypt'], fixed: { KeyId: 'alias/demo', Plaintext: 'aGVsbG8=' }, option: '--encryption-context', member: 'EncryptionContext' },
  { command: ['secretsmanager', 'create-secret'], fixed: { Name: 'demo' }, option: '--add-replica-regions', member: 'AddReplicaRegions' },
  { command: ['secretsmanager', 'create-secret'], fixed: { Name: 'demo' }, option: '--tags', member: 'Tags' },
  {
    command: ['pi', 'get-resource-metrics'],
    fixed: { ServiceType: 'RDS', Identifier: 'db-ABCDEFGHIJKL', StartTime: '2024-01-01T00:00:00Z', EndTime: '2024-01-01T01:00:00Z' },
    option: '--metric-queries',
    member: 'MetricQueries',
  },
];

type Spelling = 'shorthand' | 'json' | 'cli-input-json' | 'cli-input-yaml' | 'mistyped';

interface Mistake {
  readonly inJson: boolean;
  readonly word: number;
  readonly typos: readonly Typo[];
}

/** One case made ready: our model's operation and the shapes of its member in both models. */
interface PreparedCase extends ParameterCase {
  readonly operation: string;
  readonly realShape: BotocoreShape;
  readonly ourShape: CliShape;
}

/** The request(s) a command made, comparable across both sides, with its exit code and error text. */
interface Outcome {
  readonly exitCode: number;
  readonly stderr: string;
  readonly requests: readonly ComparableRequest[];
}

function prepare(parameterCase: ParameterCase): Omit<PreparedCase, 'realShape'> {
  const [serviceName, commandName] = parameterCase.command;
  const service = serviceCommands().get(serviceName);
  const command = service ? operationCommands(service.service).get(commandName) : undefined;
  if (!service || command?.kind !== 'operation') throw new Error(`no command aws ${serviceName} ${commandName}`);
  const ourShape = cliShape(service.service, command.operation.input).members.get(parameterCase.member);
  if (!ourShape) throw new Error(`${command.operation.name} has no member ${parameterCase.member}`);
  return { ...parameterCase, operation: command.operation.name, ourShape };
}

function optionName(member: string, parameterCase: PreparedCase): string {
  // The fixed members' options, as the CLI names them (xform_name); only these few are needed.
  const names: Record<string, string> = {
    ResourceName: '--resource-name',
    DBClusterIdentifier: '--db-cluster-identifier',
    DBClusterParameterGroupName: '--db-cluster-parameter-group-name',
    GroupId: '--group-id',
    GroupName: '--group-name',
    Description: '--description',
    AlarmName: '--alarm-name',
    EvaluationPeriods: '--evaluation-periods',
    ComparisonOperator: '--comparison-operator',
    KeyId: '--key-id',
    Plaintext: '--plaintext',
    Name: '--name',
    ServiceType: '--service-type',
    Identifier: '--identifier',
    StartTime: '--start-time',
    EndTime: '--end-time',
  };
  const name = names[member];
  if (!name) throw new Error(`no option name for ${member} in ${parameterCase.operation}`);
  return name;
}

function fixedWords(parameterCase: PreparedCase): string[] {
  return Object.entries(parameterCase.fixed).flatMap(([member, value]) => [optionName(member, parameterCase), value]);
}

/** The document --cli-input-json/yaml take: the fixed members (numbers as numbers) and the one under test. */
function cliInputDocument(parameterCase: PreparedCase, value: ModelValue): Record<string, ModelValue> {
  const fixed = Object.entries(parameterCase.fixed).map(([member, text]) => [member, /^\d+$/.test(text) ? Number(text) : text] as const);
  return { ...Object.fromEntries(fixed), [parameterCase.member]: value };
}

/** The words after the option: shorthand (undefined where shorthand cannot say the value) or JSON. */
function parameterWords(parameterCase: PreparedCase, value: ModelValue, spelling: 'shorthand' | 'json', shorthand: ShorthandStyle, json: JsonStyle): string[] | undefined {
  return spelling === 'shorthand' ? shorthandWords(value, parameterCase.realShape, shorthand) : [jsonWord(value, json)];
}

function argvFor(parameterCase: PreparedCase, value: ModelValue, spelling: Exclude<Spelling, 'mistyped'>, shorthand: ShorthandStyle, json: JsonStyle): string[] | undefined {
  const command = [...parameterCase.command];
  switch (spelling) {
    case 'shorthand':
    case 'json': {
      const words = parameterWords(parameterCase, value, spelling, shorthand, json);
      return words && [...command, ...fixedWords(parameterCase), parameterCase.option, ...words];
    }
    case 'cli-input-json':
      return [...command, '--cli-input-json', jsonWord(cliInputDocument(parameterCase, value), json)];
    case 'cli-input-yaml':
      return [...command, '--cli-input-yaml', yamlDocument(cliInputDocument(parameterCase, value))];
  }
}

/** The shorthand (or, where there is none, JSON) spelling with typos in one of its words: the error paths. */
function mistypedArgv(parameterCase: PreparedCase, value: ModelValue, shorthand: ShorthandStyle, json: JsonStyle, mistake: Mistake): string[] {
  const spelling = mistake.inJson ? 'json' : 'shorthand';
  const words = parameterWords(parameterCase, value, spelling, shorthand, json) ?? [jsonWord(value, json)];
  const index = mistake.word % words.length;
  words[index] = withTypos(words[index], mistake.typos);
  return [...parameterCase.command, ...fixedWords(parameterCase), parameterCase.option, ...words];
}

interface ComparableRequest {
  readonly operation: string;
  readonly wire: unknown;
}

const NO_FORM: QueryWireForm = { form: {}, kinds: new Map() };

/** Both sides' requests in comparable form: query forms canonicalised together, JSON bodies with UUIDs masked. */
function comparableRequests(calls: readonly CliCall[], real: readonly RealRequest[]): { ours: ComparableRequest[]; real: ComparableRequest[] } {
  const ours: ComparableRequest[] = [];
  const theirs: ComparableRequest[] = [];
  for (let i = 0; i < Math.max(calls.length, real.length); i++) {
    const call = calls[i] as CliCall | undefined;
    const request = real[i] as RealRequest | undefined;
    const protocol = request?.protocol ?? (call?.service === 'ec2' ? 'ec2' : 'query');
    if (protocol === 'json') {
      if (call) ours.push({ operation: call.operation, wire: jsonWireBody(call) });
      if (request) theirs.push({ operation: request.operation, wire: comparableJsonBody(request.body) });
      continue;
    }
    const forms = comparableForms(call ? queryWireForm(call, protocol === 'ec2') : NO_FORM, (request?.body ?? {}) as WireForm);
    if (call) ours.push({ operation: call.operation, wire: forms.ours });
    if (request) theirs.push({ operation: request.operation, wire: forms.real });
  }
  return { ours, real: theirs };
}

const MEMBER_LIST = /^(.*must be one of: )(.*)$/;

/**
 * "Unknown parameter ..., must be one of: ..." lists the model's members; the SDK model is newer
 * than the CLI's 2023 one (`SecondsUntilAutoPause`), so our list is compared without the members
 * the real CLI's model does not have (in the real list's order).
 */
function withoutNewerMembers(ourStderr: string, realStderr: string): string {
  const realLines = realStderr.split('\n');
  return ourStderr
    .split('\n')
    .map((line, i) => {
      const ours = MEMBER_LIST.exec(line);
      const real = MEMBER_LIST.exec(realLines[i] ?? '');
      if (!ours || !real || ours[1] !== real[1]) return line;
      const known = new Set(real[2].split(', '));
      return ours[1] + ours[2].split(', ').filter((name) => known.has(name)).join(', ');
    })
    .join('\n');
}

/** Runs one command through both CLIs: exit codes, error texts and requests, ready for `toEqual`. */
async function bothOutcomes(realCli: RealCliRequestBuilder, argv: readonly string[]): Promise<{ ours: Outcome; real: Outcome }> {
  const real = await realCli.run(argv);
  const host = new FakeCliHost();
  const ours = await runAws(argv, new Map(), host);
  const requests = comparableRequests(host.calls, real.requests);
  return {
    ours: { exitCode: ours.exitCode, stderr: withoutNewerMembers(ours.stderr, real.stderr), requests: requests.ours },
    real: { exitCode: real.exitCode, stderr: real.stderr, requests: requests.real },
  };
}

/** ~4 commands a run, ~3 ms each on both sides. */
const RUNS = 400;

const availability = realCliRequestsAvailability('cli-shorthand-roundtrip');

const shorthandStyle: fc.Arbitrary<ShorthandStyle> = fc.record({
  quote: fc.constantFrom<'"' | "'">('"', "'"),
  quoteAll: fc.boolean(),
  escapeCommas: fc.boolean(),
  csvLists: fc.boolean(),
  spaced: fc.boolean(),
});
const jsonStyle: fc.Arbitrary<JsonStyle> = fc.record({ indent: fc.boolean(), asciiOnly: fc.boolean() });
const mistake: fc.Arbitrary<Mistake> = fc.record({
  inJson: fc.boolean(),
  word: fc.nat(),
  typos: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom<Typo['kind']>('insert', 'delete', 'replace'), char: fc.constantFrom(...TYPO_CHARS) }), {
    minLength: 1,
    maxLength: 2,
  }),
});

describe.skipIf(availability.skip)('shorthand and JSON values build the request the real AWS CLI v2 builds', () => {
  let realCli: RealCliRequestBuilder;
  const prepared: PreparedCase[] = [];
  const tally = { commands: 0, accepted: 0, shorthand: 0 };

  beforeAll(async () => {
    realCli = new RealCliRequestBuilder();
    for (const parameterCase of CASES) {
      const ours = prepare(parameterCase);
      prepared.push({ ...ours, realShape: await realCli.shape(parameterCase.command[0], ours.operation, parameterCase.member) });
    }
  });

  afterAll(async () => {
    await realCli?.close();
  });

  it('for random values of list, structure, map and scalar parameters across services', async () => {
    // Cases by index, so that a counterexample prints small.
    const caseArbitrary = fc.nat(prepared.length - 1).chain((index) =>
      fc.record({
        index: fc.constant(index),
        value: modelValueArbitrary(prepared[index].realShape, prepared[index].ourShape),
        cliInput: fc.constantFrom<'cli-input-json' | 'cli-input-yaml'>('cli-input-json', 'cli-input-yaml'),
        shorthand: shorthandStyle,
        json: jsonStyle,
        mistake,
      }),
    );
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async ({ index, value, cliInput, shorthand, json, mistake }) => {
        const parameterCase = prepared[index];
        const spellings: { spelling: Spelling; argv: string[] | undefined }[] = (['shorthand', 'json', cliInput] as const).map((spelling) => ({
          spelling,
          argv: argvFor(parameterCase, value, spelling, shorthand, json),
        }));
        spellings.push({ spelling: 'mistyped', argv: mistypedArgv(parameterCase, value, shorthand, json, mistake) });
        for (const { spelling, argv } of spellings) {
          if (!argv) continue;
          const outcomes = await bothOutcomes(realCli, argv);
          tally.commands++;
          if (outcomes.real.exitCode === 0) tally.accepted++;
          if (spelling === 'shorthand') tally.shorthand++;
          expect({ argv, ...outcomes.ours }).toEqual({ argv, ...outcomes.real });
        }
      }),
      { seed: 20_240_505, numRuns: RUNS },
    );
    // The values must mostly be ones the real CLI accepts, or the property would only compare errors.
    expect(tally.accepted / tally.commands).toBeGreaterThan(0.5);
    expect(tally.shorthand).toBeGreaterThan(RUNS / 2);
  });
});
