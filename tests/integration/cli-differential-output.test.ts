import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NormalizedSchema } from '@smithy/core/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAws } from '../../src/cli/aws/aws-cli';
import type { CliHost } from '../../src/cli/cli-host';
import { AwsError } from '../../src/engine/aws-error';
import { serviceModel } from '../../src/engine/model/service-model';
import fixture from '../unit/cli/fixtures/real-cli-describe-db-clusters.json';
import { mapLimited, realCliAvailability, runRealCli } from './cli-differential-support';

/**
 * Success-path formatting against the real CLI: a tiny RDS Query endpoint answers with canned XML
 * built from the same data our emulator gets from its host; outputs must be byte-identical. Also
 * checks that the recorded fixture used by the unit tests still is what the real CLI prints.
 */
type Page = Record<string, unknown> & { __error?: { code: string; message: string; status: number } };

function revive(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value);
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toXml(value: unknown, schema: NormalizedSchema): string {
  if (schema.isStructSchema()) {
    let out = '';
    for (const [name, member] of schema.structIterator()) {
      const v = (value as Record<string, unknown>)[name];
      if (v === undefined) continue;
      const tag = (member.getMergedTraits().xmlName as string | undefined) ?? name;
      out += `<${tag}>${toXml(v, member)}</${tag}>`;
    }
    return out;
  }
  if (schema.isListSchema()) {
    const memberSchema = schema.getValueSchema();
    const tag = (memberSchema.getMergedTraits().xmlName as string | undefined) ?? 'member';
    return (value as unknown[]).map((v) => `<${tag}>${toXml(v, memberSchema)}</${tag}>`).join('');
  }
  if (value instanceof Date) return value.toISOString();
  return xmlEscape(String(value));
}

/** Per operation, the pages it answers with; `Marker` is the index of the page to return. */
type Scenario = Record<string, Page[]>;

let server: Server;
let endpoint = '';

function pageFor(scenario: Scenario, operation: string, marker: string | undefined | null): Page {
  const pages = (scenario[operation] ?? [{}]).map((p) => revive(p) as Page);
  return pages[marker ? Number(marker) : 0];
}

function hostFor(scenario: Scenario): CliHost {
  return {
    defaultRegion: 'us-east-1',
    async invoke(call) {
      const page = pageFor(scenario, call.operation, call.input.Marker as string | undefined);
      if (page.__error) throw new AwsError(page.__error.code, page.__error.message, page.__error.status);
      return page;
    },
    async advanceClock() {},
  };
}

const availability = realCliAvailability();

interface Case {
  readonly scenario: Scenario;
  readonly args: readonly string[];
}

const describeDbClusters = fixture.datasets.map((d) => ({ DescribeDBClusters: d.pages as Page[] }));
const FLEET: Scenario = {
  DescribeDBClusters: [
    {
      DBClusters: [
        { DBClusterIdentifier: 'b-cluster', Engine: 'aurora-postgresql', Status: 'available', Port: 5432, AllocatedStorage: 10, ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8 }, TagList: [{ Key: 'env', Value: 'dev' }] },
        { DBClusterIdentifier: 'a-cluster', Engine: 'aurora-mysql', Status: 'creating', Port: 3306, AllocatedStorage: 1, ServerlessV2ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 16 }, TagList: [] },
        { DBClusterIdentifier: 'c-cluster', Engine: 'aurora-mysql', Status: 'available', Port: 3306, AllocatedStorage: 5, MultiAZ: true },
      ],
    },
  ],
};
const QUERIES = [
  'sort_by(DBClusters, &DBClusterIdentifier)[].DBClusterIdentifier',
  'max_by(DBClusters, &AllocatedStorage).DBClusterIdentifier',
  'DBClusters[].ServerlessV2ScalingConfiguration.MaxCapacity',
  'sum(DBClusters[].ServerlessV2ScalingConfiguration.MinCapacity)',
  'avg(DBClusters[].Port)',
  "join(', ', DBClusters[?Engine=='aurora-mysql'].DBClusterIdentifier)",
  'DBClusters[?contains(DBClusterIdentifier, `a-`)] | length(@)',
  'DBClusters[0].to_string(ServerlessV2ScalingConfiguration)',
  'DBClusters[?MultiAZ].DBClusterIdentifier | [0]',
  'DBClusters[?!MultiAZ].{id: DBClusterIdentifier, tags: TagList[].Key}',
  'DBClusters[*].[DBClusterIdentifier, Port]',
  'DBClusters[?Port > `3306`].DBClusterIdentifier',
  'DBClusters[].Engine | sort(@) | reverse(@)',
  'keys(DBClusters[0])',
  '`1.0`',
  'DBClusters[-1:].DBClusterIdentifier',
  'DBClusters[].TagList[]',
  'length(DBClusters[0].Port)',
];
const CASES: Case[] = [
  { scenario: FLEET, args: ['rds', 'describe-db-clusters', '--output', 'table', '--color', 'on'] },
  { scenario: FLEET, args: ['rds', 'describe-db-clusters', '--output', 'yaml'] },
  ...QUERIES.flatMap((query) =>
    ['json', 'text', 'table'].map((output) => ({ scenario: FLEET, args: ['rds', 'describe-db-clusters', '--query', query, '--output', output] })),
  ),
  ...fixture.datasets.flatMap((dataset, i) => dataset.cases.map((c) => ({ scenario: describeDbClusters[i], args: c.args }))),
  { scenario: { AddTagsToResource: [{}] }, args: ['rds', 'add-tags-to-resource', '--resource-name', 'arn:x', '--tags', 'Key=a,Value=b'] },
  {
    scenario: { DescribeDBClusters: [{ __error: { code: 'DBClusterNotFoundFault', message: 'DBCluster nope not found.', status: 404 } }] },
    args: ['rds', 'describe-db-clusters', '--db-cluster-identifier', 'nope'],
  },
  {
    scenario: { DescribeDBClusters: [{ __error: { code: 'InternalFailure', message: 'boom', status: 500 } }] },
    args: ['rds', 'describe-db-clusters', '--db-cluster-identifier', 'x'],
  },
  {
    scenario: {
      DescribeDBClusters: [{ DBClusters: [{ DBClusterIdentifier: 'c', Status: 'available', DBClusterMembers: [{ DBInstanceIdentifier: 'w', IsClusterWriter: true }] }] }],
    },
    args: ['rds', 'wait', 'db-cluster-available', '--db-cluster-identifier', 'c'],
  },
  {
    scenario: {
      CreateDBCluster: [
        {
          DBCluster: {
            DBClusterIdentifier: 'demo',
            Engine: 'aurora-postgresql',
            Status: 'creating',
            ClusterCreateTime: '2024-02-29T23:59:59Z',
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }],
            DeletionProtection: true,
            IAMDatabaseAuthenticationEnabled: false,
            StorageEncrypted: true,
            AllocatedStorage: 1,
          },
        },
      ],
    },
    args: ['rds', 'create-db-cluster', '--db-cluster-identifier', 'demo', '--engine', 'aurora-postgresql', '--output', 'table'],
  },
  {
    scenario: {
      DescribeDBClusterParameterGroups: [
        {
          DBClusterParameterGroups: [
            {
              DBClusterParameterGroupName: 'audit-logging',
              DBParameterGroupFamily: 'aurora-mysql8.0',
              Description: `Turns on the audit plugin for the lab cluster: ${Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')}`,
            },
          ],
        },
      ],
    },
    args: ['rds', 'describe-db-cluster-parameter-groups', '--output', 'yaml'],
  },
  {
    scenario: { DescribeDBClusterParameters: [{ Parameters: [{ ParameterName: 'max_connections', ParameterValue: '100', IsModifiable: true, ApplyType: 'dynamic' }] }] },
    args: ['rds', 'describe-db-cluster-parameters', '--db-cluster-parameter-group-name', 'pg', '--output', 'text'],
  },
];

describe.skipIf(availability.skip)('CLI output is byte-identical to the real AWS CLI v2', () => {
  const real: Array<{ stdout: string; stderr: string; exitCode: number }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const operation = form.get('Action') as string;
        // Each case gets its own endpoint path (/case/N/) so the real CLI runs can overlap.
        const caseIndex = Number(/^\/case\/(\d+)\//.exec(req.url ?? '')?.[1] ?? 0);
        const page = pageFor(CASES[caseIndex].scenario, operation, form.get('Marker'));
        res.setHeader('content-type', 'text/xml');
        if (page.__error) {
          res.statusCode = page.__error.status;
          res.end(
            `<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type><Code>${page.__error.code}</Code>` +
              `<Message>${xmlEscape(page.__error.message)}</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
          );
          return;
        }
        const output = serviceModel('rds').operations.get(operation)?.output;
        const inner = output ? toXml(page, output) : '';
        res.end(
          `<${operation}Response xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><${operation}Result>${inner}</${operation}Result>` +
            `<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${operation}Response>`,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const results = await mapLimited([...CASES.keys()], 2, (i) => runRealCli([...CASES[i].args, '--endpoint-url', `${endpoint}/case/${i}/`]));
    real.push(...results);
  }, 600_000);

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('the recorded fixture is what the real CLI prints', () => {
    let index = 2 + QUERIES.length * 3;
    for (const dataset of fixture.datasets) {
      for (const recorded of dataset.cases) {
        expect(real[index], recorded.args.join(' ')).toEqual({ stdout: recorded.stdout, stderr: recorded.stderr, exitCode: recorded.rc });
        index++;
      }
    }
  });

  CASES.forEach((testCase, index) => {
    it(`aws ${testCase.args.join(' ')}`, async () => {
      const ours = await runAws([...testCase.args, '--endpoint-url', `${endpoint}/case/${index}/`], new Map(), hostFor(testCase.scenario));
      expect({ stdout: ours.stdout, stderr: ours.stderr, exitCode: ours.exitCode }).toEqual(real[index]);
    });
  });
});
