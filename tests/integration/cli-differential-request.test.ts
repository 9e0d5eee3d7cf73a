import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAws } from '../../src/cli/aws/aws-cli';
import type { CliCall, CliHost } from '../../src/cli/cli-host';
import { realCliAvailability, runRealCli } from './cli-differential-support';
import { comparableForms, queryWireForm, type WireForm } from './support/sdk-wire-form';

/**
 * Request building against the real CLI: the real CLI sends its Query request to a local endpoint
 * that records the form parameters; our emulator's CliCall input, flattened the same way, must
 * carry the same parameters (numbers and timestamps compared by value).
 */
const RDS = ['rds'];
const CASES: ReadonlyArray<readonly string[]> = [
  [...RDS, 'create-db-cluster', '--db-cluster-identifier', 'demo', '--engine', 'aurora-mysql', '--port', '3306', '--vpc-security-group-ids', 'sg-1', 'sg-2',
    '--tags', 'Key=env,Value=prod', 'Key=team,Value=data', '--deletion-protection', '--no-storage-encrypted', '--enable-iam-database-authentication',
    '--serverless-v2-scaling-configuration', 'MinCapacity=0.5,MaxCapacity=16', '--backtrack-window', '3600', '--availability-zones', 'us-east-1a'],
  [...RDS, 'create-db-instance', '--db-instance-identifier', 'i1', '--db-instance-class', 'db.r6g.large', '--engine', 'aurora-mysql', '--db-cluster-identifier', 'demo', '--no-multi-az'],
  [...RDS, 'describe-db-instances', '--filters', 'Name=engine,Values=aurora-mysql,aurora-postgresql', 'Name=db-cluster-id,Values=demo', '--no-paginate'],
  [...RDS, 'modify-db-cluster', '--db-cluster-identifier', 'demo', '--apply-immediately', '--cloudwatch-logs-export-configuration', '{"EnableLogTypes":["audit","error"]}'],
  [...RDS, 'restore-db-cluster-to-point-in-time', '--db-cluster-identifier', 'n', '--source-db-cluster-identifier', 'o', '--restore-to-time', '2023-05-01T10:20:30Z'],
  [...RDS, 'add-option-to-option-group', '--option-group-name', 'og', '--options', 'OptionName=MARIADB_AUDIT_PLUGIN,OptionSettings=[{Name=SERVER_AUDIT_EVENTS,Value=CONNECT}]'],
  [...RDS, 'describe-db-clusters', '--db-cluster-identifier', 'demo', '--cli-input-json', '{"Filters": [{"Name": "engine", "Values": ["aurora-mysql"]}]}'],
  [...RDS, 'create-db-cluster-parameter-group', '--db-cluster-parameter-group-name', 'pg', '--db-parameter-group-family', 'aurora-mysql8.0', '--description', 'my group'],
  ['ec2', 'authorize-security-group-ingress', '--group-id', 'sg-1', '--protocol', 'tcp', '--port', '3306', '--cidr', '10.0.0.0/16'],
  ['ec2', 'authorize-security-group-ingress', '--group-id', 'sg-1', '--protocol', 'all', '--source-group', 'sg-2'],
  ['ec2', 'modify-vpc-attribute', '--vpc-id', 'vpc-1', '--enable-dns-hostnames'],
  ['ec2', 'modify-vpc-attribute', '--vpc-id', 'vpc-1', '--no-enable-dns-support'],
  ['ec2', 'run-instances', '--image-id', 'ami-1', '--count', '2:3', '--instance-type', 't3.micro', '--security-group-ids', 'sg-1'],
  ['ec2', 'create-security-group', '--group-name', 'db', '--description', 'Aurora access', '--vpc-id', 'vpc-1',
    '--tag-specifications', 'ResourceType=security-group,Tags=[{Key=Name,Value=db}]'],
  ['ec2', 'describe-subnets', '--filters', 'Name=vpc-id,Values=vpc-1', '--no-paginate'],
];

let server: Server;
let endpoint = '';
const received: WireForm[] = [];

const availability = realCliAvailability();

describe.skipIf(availability.skip)('requests carry the same parameters as the real AWS CLI v2 sends', () => {
  const real: WireForm[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const form = Object.fromEntries(new URLSearchParams(body));
        received.push(form);
        const action = form.Action;
        res.setHeader('content-type', 'text/xml');
        if (form.Version === '2016-11-15') {
          res.end(`<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId></${action}Response>`);
        } else {
          res.end(`<${action}Response xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><${action}Result></${action}Result></${action}Response>`);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const args of CASES) {
      received.length = 0;
      const result = await runRealCli([...args, '--endpoint-url', endpoint]);
      if (result.exitCode !== 0) throw new Error(`real CLI failed for ${args.join(' ')}: ${result.stderr}`);
      real.push(received[0]);
    }
  }, 300_000);

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  CASES.forEach((args, index) => {
    it(`aws ${args.join(' ')}`, async () => {
      const calls: CliCall[] = [];
      const host: CliHost = {
        defaultRegion: 'us-east-1',
        invoke: async (call) => {
          calls.push(call);
          return {};
        },
        advanceClock: async () => {},
      };
      const result = await runAws(args, new Map(), host);
      expect(result.stderr).toBe('');
      expect(calls).toHaveLength(1);
      const compared = comparableForms(queryWireForm(calls[0], calls[0].service === 'ec2'), real[index]);
      expect(compared.ours).toEqual(compared.real);
    });
  });
});
