import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRunCli } from '../../../src/cli/dry-run-cli';
import { cliDiagnostics } from '../../../src/ui/editor/cli-diagnostics';
import { ServerCatalog } from './support/server-catalog';

const server = new ServerCatalog();

/** `[flagged words, message]` for each diagnostic, with `cursor` as an offset or `|` in the text. */
async function check(source: string): Promise<Array<[string, string]>> {
  const cursorAt = source.indexOf('|');
  const text = cursorAt >= 0 && !source.includes(' | ') ? source.slice(0, cursorAt) + source.slice(cursorAt + 1) : source;
  const cursor = cursorAt >= 0 && !source.includes(' | ') ? cursorAt : undefined;
  const result = await server.settle(() => cliDiagnostics(text, server.catalog, server.optionsFor, cursor));
  return result.diagnostics.map((diagnostic) => [text.slice(diagnostic.start, diagnostic.end), diagnostic.message]);
}

/** Commands the emulator's parser accepts, and commands it refuses (exit 252) before calling the service. */
const CORPUS = [
  'aws rds describe-db-clusters',
  'aws rds describe-db-clusters --db-cluster-ident demo',
  'aws rds describe-db-clusters --max-records 20 --marker abc',
  'aws --region eu-west-1 --output table rds describe-db-clusters --query "DBClusters[].DBClusterIdentifier"',
  'aws rds create-db-cluster --db-cluster-identifier demo --engine aurora-mysql --no-deletion-protection --tags Key=a,Value=b Key=c,Value=d',
  'aws rds create-db-cluster --cli-input-json \'{"DBClusterIdentifier":"demo","Engine":"aurora-mysql"}\'',
  'aws rds create-db-cluster --generate-cli-skeleton',
  'aws rds describe-db-clusters help',
  'aws rds wait db-cluster-available --db-cluster-identifier demo',
  'aws rds generate-db-auth-token --hostname h --port 3306 --username u',
  'aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp --port 3306 --cidr 10.0.0.0/16',
  'aws rds describe-db-clusters --reg eu-west-1',
  'aws rds describe-db-clusters --profile nobody',
  'aws rds describe-db-clusters --output=json',
  'aws rds describe-db-clusters --page-size 5 --max-items 2',
  'aws s3 ls',
  'aws rds describe-db-clusterz',
  'aws rds',
  'aws',
  'aws rds wait',
  'aws rds wait db-cluster-availabl --db-cluster-identifier x',
  'aws rds create-db-cluster --foo 1 --engine aurora-mysql',
  'aws rds create-db-cluster --db-cluster-identifier demo',
  'aws rds create-db-cluster --db-c x',
  'aws rds describe-db-clusters extra words',
  'aws rds create-db-cluster --deletion-protection true --db-cluster-identifier a --engine aurora-mysql',
  'aws rds describe-db-clusters --output tabl',
  'aws --c on rds describe-db-clusters',
  'aws rds describe-db-clusters --max-items abc',
  'aws rds describe-db-clusters --db-cluster-identifier',
  'aws --region',
  'aws rds generate-db-auth-token --hostname h --port 3306',
];

describe('cliDiagnostics', () => {
  it('flags what the CLI refuses, in its words, at the words it is about', async () => {
    expect(await check('aws rds create-db-cluster --db-cluster-identifier demo --engine aurora-mysql --bogus 1')).toEqual([
      ['--bogus', 'Unknown options: --bogus, 1'],
      ['1', 'Unknown options: --bogus, 1'],
    ]);
    expect(await check('aws rds create-db-cluster --db-cluster-identifier demo')).toEqual([
      ['create-db-cluster', 'the following arguments are required: --engine'],
    ]);
    expect(await check('aws rds describe-db-clusters extra words')).toEqual([
      ['words', 'Unknown options: words, extra'],
      ['extra', 'Unknown options: words, extra'],
    ]);
    expect(await check('aws rds describe-db-clusterz')).toEqual([
      ['describe-db-clusterz', "argument operation: Invalid choice: 'describe-db-clusterz', maybe you meant: describe-db-clusters, describe-global-clusters"],
    ]);
    expect(await check('aws rds describe-db-clusters --output tabl')).toEqual([
      ['tabl', "argument --output: Invalid choice, valid choices are: json | text | table | yaml | yaml-stream. Invalid choice: 'tabl', maybe you meant: table"],
    ]);
    expect(await check('aws rds create-db-cluster --deletion-protection true --db-cluster-identifier a --engine aurora-mysql')).toEqual([
      ['true', 'Unknown options: true'],
    ]);
  });

  it('agrees with the terminal’s CLI: nothing it accepts is flagged, and what is flagged is what it says', async () => {
    for (const command of CORPUS) {
      const [cli, flagged] = await Promise.all([dryRunCli(command, { defaultRegion: 'us-east-1' }), check(command)]);
      // 255 (e.g. an unknown --profile) is not the parser's refusal: nothing to flag before running.
      if (cli.result.exitCode !== 252) expect(flagged, command).toEqual([]);
      else {
        expect(flagged.length, command).toBeGreaterThan(0);
        // The CLI stops at its first complaint; the editor lists them all, the CLI's among them.
        const complaints = flagged.map(([, message]) => message.replace(/(Invalid choice).*$/s, '$1'));
        expect(complaints.some((complaint) => cli.result.stderr.includes(complaint)), `${command}\n${cli.result.stderr}`).toBe(true);
      }
    }
  });

  it('checks each aws command of a script, inside loops, assignments and $(...) too', async () => {
    const script = [
      'X=$(aws rds describe-db-clusters --bogus --query "DBClusters[0].DBClusterIdentifier" --output text)',
      'for i in 1 2; do aws rds delete-db-cluster --db-cluster-identifier c$i --skip-final-snapshot --nope; done',
      'echo --whatever && aws sts get-caller-identity',
    ].join('\n');
    expect(await check(script)).toEqual([
      ['--bogus', 'Unknown options: --bogus'],
      ['--nope', 'Unknown options: --nope'],
    ]);
  });

  it('draws no conclusion from words only the shell can resolve', async () => {
    expect(await check('aws rds create-db-cluster $OPTIONS')).toEqual([]);
    expect(await check('aws rds create-db-cluster "$OPTION"')).toEqual([]);
    expect(await check('aws $SERVICE describe-things --x')).toEqual([]);
    expect(await check('aws rds describe-db-clusters --output $FORMAT')).toEqual([]);
    expect(await check('aws rds create-db-subnet-group --db-subnet-group-name n --db-subnet-group-description d --subnet-ids $(aws ec2 describe-subnets --query "Subnets[].SubnetId" --output text)')).toEqual([]);
  });

  it('leaves alone the word being typed and the value about to be typed', async () => {
    expect(await check('aws rds create-db-cluster --db-c|')).toEqual([]);
    expect(await check('aws rds describe-db-clusters --db-cluster-identifier |')).toEqual([]);
    expect(await check('aws rds describe-db-clust|')).toEqual([]);
    expect(await check('aws rds |')).toEqual([]);
    expect(await check('aws rds create-db-cluster --db-cluster-identifier demo --engine |')).toEqual([]);
    // The required check still runs while typing: it is what the learner wants to see before running.
    expect(await check('aws rds create-db-cluster --db-cluster-identifier demo|')).toEqual([
      ['create-db-cluster', 'the following arguments are required: --engine'],
    ]);
    // Away from the cursor, the same words are reported.
    expect(await check('aws rds describe-db-clusters --db-cluster-identifier\naws sts get-caller-identity|')).toEqual([
      ['--db-cluster-identifier', 'argument --db-cluster-identifier: expected one argument'],
    ]);
  });

  it('finds nothing to flag in the labs’ reference solutions and step commands', async () => {
    const labsDir = path.resolve(import.meta.dirname, '../../../labs');
    for (const lab of readdirSync(labsDir)) {
      const solution = readFileSync(path.join(labsDir, lab, 'solution.sh'), 'utf8');
      expect(await check(solution), `${lab}/solution.sh`).toEqual([]);
      for (const step of readdirSync(path.join(labsDir, lab, 'steps'))) {
        const markdown = readFileSync(path.join(labsDir, lab, 'steps', step), 'utf8');
        for (const block of markdown.matchAll(/```(?:bash|sh)\n([\s\S]*?)```/g)) expect(await check(block[1]), `${lab}/${step}`).toEqual([]);
      }
    }
  });
});
