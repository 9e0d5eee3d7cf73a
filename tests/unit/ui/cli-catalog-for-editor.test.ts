import { describe, expect, it } from 'vitest';
import { cacheableJson } from '../../../src/api/cacheable-json';
import { cliCatalog, cliCommandOptions, cliGlobalOptions } from '../../../src/cli/cli-catalog';

describe('the CLI catalog the editor reads', () => {
  it('lists every service with its commands and waiters, and the global options', () => {
    const { services, globalOptions } = cliCatalog();
    const rds = services.find((service) => service.name === 'rds');
    expect(rds?.commands).toEqual(expect.arrayContaining(['create-db-cluster', 'wait', 'generate-db-auth-token', 'add-option-to-option-group']));
    expect(rds?.commands).not.toContain('help');
    expect(rds?.waiters).toContain('db-cluster-available');
    expect(globalOptions).toEqual(cliGlobalOptions());
    expect(globalOptions.find((option) => option.name === '--output')).toEqual({
      name: '--output',
      type: 'string',
      required: false,
      arity: 'one',
      enumValues: ['json', 'text', 'table', 'yaml', 'yaml-stream'],
      choices: ['json', 'text', 'table', 'yaml', 'yaml-stream'],
      documented: true,
    });
    expect(globalOptions.find((option) => option.name === '--no-paginate')?.arity).toBe('none');
    expect(globalOptions.filter((option) => option.name === '--version')).toHaveLength(1);
  });

  it('describes every option the parser accepts, hidden ones marked, model enums apart from enforced choices', async () => {
    const options = (await cliCommandOptions('rds', ['describe-db-clusters'])) ?? [];
    expect(options.find((option) => option.name === '--marker')).toMatchObject({ documented: false, arity: 'one' });
    expect(options.find((option) => option.name === '--filters')).toMatchObject({ arity: 'list', documented: true });
    expect(options.find((option) => option.name === '--no-include-shared')).toMatchObject({ arity: 'none', type: 'boolean' });
    expect(options.find((option) => option.name === '--generate-cli-skeleton')).toMatchObject({ arity: 'optional', choices: ['input', 'output', 'yaml-input'] });
    const vpc = (await cliCommandOptions('ec2', ['create-vpc'])) ?? [];
    const tenancy = vpc.find((option) => option.name === '--instance-tenancy');
    expect(tenancy?.enumValues).toEqual(['default', 'dedicated', 'host']);
    expect(tenancy?.choices).toBeUndefined();
    const items = (await cliCommandOptions('rds', ['describe-db-clusters']))?.find((option) => option.name === '--max-items');
    expect(items).toMatchObject({ type: 'integer', arity: 'one' });
  });

  it('covers waiters and customisations, and knows what does not exist', async () => {
    const waiter = (await cliCommandOptions('rds', ['wait', 'db-cluster-available'])) ?? [];
    expect(waiter.map((option) => option.name)).toEqual(expect.arrayContaining(['--db-cluster-identifier', '--filters', '--max-items']));
    expect((await cliCommandOptions('rds', ['generate-db-auth-token']))?.filter((option) => option.required).map((option) => option.name)).toEqual([
      '--hostname',
      '--port',
      '--username',
    ]);
    const sg = (await cliCommandOptions('ec2', ['authorize-security-group-ingress'])) ?? [];
    expect(sg.map((option) => option.name)).toEqual(expect.arrayContaining(['--protocol', '--port', '--cidr']));
    const addOption = (await cliCommandOptions('rds', ['add-option-to-option-group'])) ?? [];
    expect(addOption.map((option) => option.name)).toContain('--options');
    expect(addOption.map((option) => option.name)).not.toContain('--options-to-remove');
    for (const missing of [['nope'], ['wait'], ['wait', 'nope'], ['help'], ['create-db-cluster', 'extra']]) {
      expect(await cliCommandOptions('rds', missing), missing.join(' ')).toBeUndefined();
    }
    expect(await cliCommandOptions('s3', ['ls'])).toBeUndefined();
  });
});

describe('cacheableJson', () => {
  it('lets browsers keep the answer and revalidate it with its ETag', async () => {
    const first = cacheableJson(new Request('http://x/api/cli/catalog'), { a: 1 });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
    expect(await first.json()).toEqual({ a: 1 });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = cacheableJson(new Request('http://x/api/cli/catalog', { headers: { 'if-none-match': `W/${etag}` } }), { a: 1 });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = cacheableJson(new Request('http://x/api/cli/catalog', { headers: { 'if-none-match': etag } }), { a: 2 });
    expect(changed.status).toBe(200);
  });
});
