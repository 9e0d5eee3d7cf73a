import fc from 'fast-check';
import { cliOperationNames, cliOperationOptions, cliServiceNames, cliWaiterNames, type CliOptionInfo } from '../../../src/cli/cli-catalog';

/**
 * Random `aws` command lines that look like what a learner could type: a real service and one of
 * its real operations (or `wait`, `help`, a customization), then a mix of its own options (valid,
 * misspelt, abbreviated), global options and values that are half shorthand, half JSON, broken
 * `--query` expressions, `--cli-input-json/yaml` garbage and `file://` paths. A recipe of numbers
 * and strings is generated; `garbageArgv` turns it into words against the CLI's own tables.
 */
export interface GarbageRecipe {
  readonly service: number;
  readonly operation: number;
  /** Give the operation's required options (so that most commands get past argparse), with these values. */
  readonly required: readonly string[] | null;
  readonly options: readonly OptionRecipe[];
  readonly globals: readonly (readonly string[])[];
  readonly extras: readonly (readonly string[])[];
  /** Globals before the service (as `aws --output text rds ...`) or after the operation's options. */
  readonly globalsFirst: boolean;
}

interface OptionRecipe {
  readonly pick: number;
  readonly spelling: 'exact' | 'prefix' | 'misspelt' | 'negated' | 'invented';
  readonly values: readonly string[];
}

const SHORTHAND_PIECES = [
  'Key', 'Value', 'Name', 'Values', 'a', 'x y', '=', ',', '[', ']', '{', '}', '"', "'", '\\', ' ', '\\,', '1', '-1', '0.5', 'true',
  'Tags=[{Key=a,Value=b}]', 'Key=a,Value=b', 'Name=engine,Values=aurora-mysql', '😀', '\u001c', '\n',
];
const JSON_PIECES = ['{', '}', '[', ']', ':', ',', '"a"', '"Key"', '1', '1.5e3', 'NaN', 'Infinity', 'null', 'true', '{"a": 1}', '[1, "x"]', '"\\u00e9"', '"\\ud83d"'];
const FILE_VALUES = ['file://x.json', 'fileb:///etc/passwd', 'file://', 'file://~/params.json', 'fileb://', 'FILE://x'];

const shorthandish = fc.array(fc.constantFrom(...SHORTHAND_PIECES), { maxLength: 8 }).map((parts) => parts.join(''));
const jsonish = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.json({ maxDepth: 2 }).map((text) => text.slice(0, Math.max(0, text.length - 1))),
  fc.array(fc.constantFrom(...JSON_PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
);
const yamlish = fc.oneof(
  jsonish,
  fc.array(fc.constantFrom('a: 1', '- x', 'Tags:', '  - Key: a', '[', '{', ': :', '!!python/object', '&a', '*a', '---', '\t', 'b: [1, 2'), { maxLength: 5 }).map((lines) => lines.join('\n')),
);

/** Values a learner would give. */
const plausibleValue = fc.constantFrom('demo', 'aurora-mysql', '8.0.mysql_aurora.3.05.2', 'db.r6g.large', '1', 'true', 'sg-12345678', 'vpc-1', 'alias/demo', 'arn:aws:rds:us-east-1:123456789012:cluster:demo');

/** Values an option may be given. */
export const garbageValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: shorthandish },
  { weight: 3, arbitrary: jsonish },
  { weight: 1, arbitrary: fc.constantFrom(...FILE_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom('', '0', '3306', '2023-05-01T10:20:30Z', 'yesterday', 'help') },
  { weight: 1, arbitrary: fc.constantFrom('-', '--', '-x', '--help') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

const QUERY_PIECES = [
  'DBClusters', 'a', 'b', '.', '[', ']', '[0]', '[-1]', '[*]', '[]', '[?', '==', '!=', '<', '&&', '||', '!', '`1`', '`"x"`', "'s'", '"q"', '@', '|',
  '(', ')', '{', '}', ':', ',', 'length(', 'sort_by(', '&', 'keys(@)', 'to_string(', 'max_by(', 'join(', 'contains(', '*', '[1:2]', '[::-1]', ' ',
];
const queryExpression = fc.oneof(
  fc.array(fc.constantFrom(...QUERY_PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
  fc.constantFrom('DBClusters[0].DBClusterIdentifier', 'length(@)', '*', '[].{id: a}', 'a || b', 'sort_by(@, &x)', '`{}`'),
  fc.string({ maxLength: 10 }),
);

/** One of the valid choices, now and then an invalid one. */
function mostly(valid: readonly string[], invalid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
}

/** The CLI's own global options: anywhere on the line. */
const globalOption: fc.Arbitrary<readonly string[]> = fc.oneof(
  queryExpression.map((query) => ['--query', query]),
  mostly(['json', 'text', 'table', 'yaml', 'yaml-stream'], ['xml', '', 'JSON']).map((output) => ['--output', output]),
  fc.constantFrom('--no-paginate', '--debug', '--no-verify-ssl', '--no-sign-request', '--no-cli-pager', '--version').map((flag) => [flag]),
  mostly(['us-east-1', 'eu-west-3'], ['', 'moon-1']).map((region) => ['--region', region]),
  mostly(['default'], ['nosuch']).map((profile) => ['--profile', profile]),
  mostly(['http://localhost:4566'], ['localhost', '']).map((url) => ['--endpoint-url', url]),
  mostly(['on', 'off', 'auto'], ['blue']).map((color) => ['--color', color]),
);

/** Options every operation has (input documents, skeletons, pagination): after the operation. */
const operationExtra: fc.Arbitrary<readonly string[]> = fc.oneof(
  jsonish.map((json) => ['--cli-input-json', json]),
  yamlish.map((yaml) => ['--cli-input-yaml', yaml]),
  fc.constantFrom(...FILE_VALUES).map((path) => ['--cli-input-json', path]),
  mostly(['input', 'output', 'yaml-input'], ['nonsense']).map((kind) => ['--generate-cli-skeleton', kind]),
  fc.constantFrom('--max-items', '--page-size', '--starting-token').chain((name) => fc.oneof(fc.constantFrom('1', '0', '-5', 'abc', 'eyJNYXJrZXIiOiAieCJ9'), garbageValue).map((v) => [name, v])),
);

const optionRecipe: fc.Arbitrary<OptionRecipe> = fc.record({
  pick: fc.nat(),
  spelling: fc.oneof(
    { weight: 12, arbitrary: fc.constant<OptionRecipe['spelling']>('exact') },
    { weight: 1, arbitrary: fc.constantFrom<OptionRecipe['spelling']>('prefix', 'misspelt', 'negated', 'invented') },
  ),
  values: fc.array(fc.oneof({ weight: 1, arbitrary: plausibleValue }, { weight: 3, arbitrary: garbageValue }), { minLength: 1, maxLength: 3 }),
});

export const garbageRecipe: fc.Arbitrary<GarbageRecipe> = fc.record({
  service: fc.nat(),
  operation: fc.nat(),
  required: fc.option(fc.array(fc.oneof({ weight: 3, arbitrary: plausibleValue }, { weight: 1, arbitrary: garbageValue }), { minLength: 1, maxLength: 4 }), { freq: 5 }),
  options: fc.array(optionRecipe, { maxLength: 5 }),
  globals: fc.array(globalOption, { maxLength: 2 }),
  extras: fc.array(operationExtra, { maxLength: 1 }),
  globalsFirst: fc.boolean(),
});

function optionWord(name: string, recipe: OptionRecipe): string {
  switch (recipe.spelling) {
    case 'exact':
      return name;
    case 'prefix':
      return name.slice(0, Math.max(3, name.length - 1 - (recipe.pick % name.length)));
    case 'misspelt':
      return name.replace(/-(\w)/, '-$1$1');
    case 'negated':
      return name.replace(/^--/, '--no-');
    case 'invented':
      return `--${['foo', 'db-cluster', 'tag', 'filter', 'query', 'output'][recipe.pick % 6]}`;
  }
}

const EXTRA_OPTIONS = new Set(['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton']);

/** Flags take no value, lists several, anything else one (missing values are part of the garbage). */
function valuesFor(option: CliOptionInfo, values: readonly string[]): readonly string[] {
  if (option.type === 'boolean') return values.length > 2 ? values.slice(2) : [];
  if (option.type === 'list') return values;
  return values.slice(0, 1);
}

/** The recipe as argv (without `aws`), resolved against the CLI's catalog. */
export async function garbageArgv(recipe: GarbageRecipe): Promise<string[]> {
  const services = cliServiceNames();
  const service = services[recipe.service % services.length];
  const operations = cliOperationNames(service);
  const operation = operations[recipe.operation % operations.length];
  // The input-document and skeleton options come from the extras, with values of their own.
  const options = (await cliOperationOptions(service, operation)).filter((option) => !EXTRA_OPTIONS.has(option.name));
  const words: string[] = [service, operation];
  const waiters = cliWaiterNames(service);
  if (operation === 'wait' && waiters.length > 0) words.push(waiters[recipe.operation % waiters.length]);
  if (recipe.required) {
    const values = recipe.required;
    options.filter((option) => option.required).forEach((option, i) => words.push(option.name, ...valuesFor(option, [values[i % values.length]])));
  }
  for (const option of recipe.options) {
    const info = options.length > 0 ? options[option.pick % options.length] : undefined;
    words.push(optionWord(info?.name ?? '--nothing', option), ...(info && option.spelling !== 'invented' ? valuesFor(info, option.values) : option.values));
  }
  words.push(...recipe.extras.flat());
  const globals = recipe.globals.flat();
  return recipe.globalsFirst ? [...globals, ...words] : [...words, ...globals];
}

/** One shell word for the sandbox terminal, single-quoted as bash would read it back. */
export function shellQuoted(word: string): string {
  return `'${word.replace(/'/g, "'\\''")}'`;
}
