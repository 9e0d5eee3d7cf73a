import { beforeAll, describe, expect, it } from 'vitest';
import { cliCompletions, type CliCompletionResult } from '../../../src/ui/editor/cli-completion';
import { ServerCatalog } from './support/server-catalog';

const server = new ServerCatalog();

async function complete(text: string, preferredRegion?: string): Promise<Extract<CliCompletionResult, { kind: 'items' }>> {
  const sources = { catalog: server.catalog, optionsFor: server.optionsFor, preferredRegion };
  let result = cliCompletions(text, sources);
  if (result.kind === 'needs') {
    await server.load([result.ref]);
    result = cliCompletions(text, sources);
  }
  if (result.kind !== 'items') throw new Error(`still loading after one load: ${text}`);
  return result;
}

const labels = (result: { readonly items: readonly { readonly label: string }[] }) => result.items.map((item) => item.label);

describe('cliCompletions', () => {
  beforeAll(async () => {
    await server.load([{ service: 'rds', command: ['create-db-cluster'] }]);
  });

  it('offers --db-cluster-identifier, marked required and sorted first, after `aws rds create-db-cluster --db-c`', async () => {
    const result = await complete('aws rds create-db-cluster --db-c');
    expect(result.replaceLength).toBe('--db-c'.length);
    const option = result.items.find((item) => item.label === '--db-cluster-identifier');
    expect(option).toMatchObject({ kind: 'option', required: true, detail: 'required · string' });
    const sorted = [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    expect(sorted.slice(0, 2).map((item) => item.label)).toEqual(['--db-cluster-identifier', '--engine']);
    expect(labels(result)).toEqual(expect.arrayContaining(['--db-cluster-parameter-group-name', '--region', '--output', '--generate-cli-skeleton']));
    expect(result.items.find((item) => item.label === '--region')?.kind).toBe('global-option');
  });

  it('offers services, then the service’s commands with wait and help, then waiters', async () => {
    expect(labels(await complete('aws '))).toEqual(['cloudwatch', 'ec2', 'iam', 'kms', 'pi', 'rds', 'secretsmanager', 'sts']);
    const commands = await complete('aws --region eu-west-1 rds desc');
    expect(commands.replaceLength).toBe(4);
    expect(labels(commands)).toEqual(expect.arrayContaining(['describe-db-clusters', 'create-db-cluster', 'wait', 'help']));
    expect(labels(await complete('aws rds wait '))).toEqual(expect.arrayContaining(['db-cluster-available', 'db-instance-deleted']));
    expect(labels(await complete('aw'))).toEqual(['aws']);
  });

  it('leaves out options already given (and a boolean’s opposite) and the ones the CLI hides', async () => {
    const result = await complete('aws rds create-db-cluster --db-cluster-identifier x --engine aurora-mysql --deletion-protection --reg us-east-1 -');
    expect(labels(result)).not.toContain('--db-cluster-identifier');
    expect(labels(result)).not.toContain('--engine');
    expect(labels(result)).not.toContain('--deletion-protection');
    expect(labels(result)).not.toContain('--no-deletion-protection');
    expect(labels(result)).not.toContain('--region');
    expect(labels(result)).toContain('--engine-version');
    const paged = await complete('aws rds describe-db-clusters --');
    expect(labels(paged)).toEqual(expect.arrayContaining(['--max-items', '--starting-token']));
    expect(labels(paged)).not.toContain('--marker');
  });

  it('offers an option’s values: output formats, enums, regions (the sandbox’s first)', async () => {
    expect(labels(await complete('aws rds describe-db-clusters --output '))).toEqual(['json', 'text', 'table', 'yaml', 'yaml-stream']);
    const assigned = await complete('aws rds describe-db-clusters --output=ta');
    expect(assigned.replaceLength).toBe(2);
    expect(labels(assigned)).toContain('table');
    expect(labels(await complete('aws ec2 create-vpc --instance-tenancy '))).toEqual(['default', 'dedicated', 'host']);
    const regions = labels(await complete('aws sts get-caller-identity --region ', 'eu-west-1'));
    expect(regions[0]).toBe('eu-west-1');
    expect(regions).toContain('us-east-1');
    expect(labels(await complete('aws rds create-db-cluster --db-cluster-identifier '))).toEqual([]);
  });

  it('works across backslash continuations and inside $(...)', async () => {
    expect(labels(await complete('aws rds \\\n  create-db-cluster \\\n  --db-c'))).toContain('--db-cluster-identifier');
    const inner = await complete('SUBNETS=$(aws ec2 describe-sub');
    expect(inner.replaceLength).toBe('describe-sub'.length);
    expect(labels(inner)).toContain('describe-subnets');
  });

  it('offers nothing inside quotes, for other programs, or after an option that takes free text', async () => {
    expect((await complete('aws rds describe-db-clusters --query "DB')).items).toEqual([]);
    expect((await complete('echo --')).items).toEqual([]);
    expect((await complete('aws rds describe-db-clusters --query ')).items).toEqual([]);
  });

  it('asks for a command’s options before it can offer them', () => {
    const result = cliCompletions('aws kms create-key --', { catalog: server.catalog, optionsFor: () => 'loading' });
    expect(result).toEqual({ kind: 'needs', ref: { service: 'kms', command: ['create-key'] } });
  });
});
