import type { OperationModel } from '../../engine/model/service-model';
import type { ServiceName } from '../../engine/service-name';
import type { ActionSpec, ParsedValue } from '../argparse/arg-parser';
import type { PyDict } from '../python/py-value';
import { cliShape, type CliShape } from '../model/cli-shape';
import type { PaginatorConfig } from '../model/paginator-config';
import { cliName } from '../model/xform-name';

/**
 * One entry of an operation's argument table (awscli/arguments.py and the customizations that add
 * arguments to every operation). `dest` is the argparse destination (Python's `py_name`).
 */
export type CliArgument =
  | ModelArgument
  | {
      readonly kind: 'page';
      readonly name: string;
      readonly serializedName: 'StartingToken' | 'PageSize' | 'MaxItems';
      readonly parseType: 'string' | 'integer' | 'long';
      required: boolean;
    }
  | { readonly kind: 'cli-input'; readonly name: 'cli-input-json' | 'cli-input-yaml'; required: boolean }
  | { readonly kind: 'generate-cli-skeleton'; readonly name: 'generate-cli-skeleton'; required: boolean }
  | CustomArgument;

/** An argument a customization adds, with its own parsing and its own way into the parameters. */
export interface CustomArgument {
  readonly kind: 'custom';
  readonly name: string;
  required: boolean;
  /** For help: the type shown and the synopsis text. */
  readonly typeLabel: string;
  readonly synopsis?: string;
  readonly actions: readonly ActionSpec[];
  addToParams(params: PyDict, values: ReadonlyMap<string, ParsedValue>): void;
}

export interface ModelArgument {
  readonly kind: 'model';
  readonly name: string;
  readonly serializedName: string;
  readonly shape: CliShape;
  required: boolean;
  /** Hidden from help (paging members the CLI replaces with --starting-token/--max-items). */
  undocumented: boolean;
  /** For booleans: `--x` stores true, `--no-x` stores false into the same destination. */
  readonly negative?: boolean;
  /** The argparse destination when it is not the name's (a boolean's negative form). */
  readonly dest?: string;
}

export function pyName(name: string): string {
  return name.replace(/-/g, '_');
}

export function argumentDest(argument: CliArgument): string {
  if (argument.kind === 'model' && argument.dest !== undefined) return argument.dest;
  return pyName(argument.name);
}

/** The argument table: model members, then the CLI's paging and input/skeleton arguments. */
export function buildArgumentTable(
  service: ServiceName,
  operation: OperationModel,
  paginator: PaginatorConfig | undefined,
  renames: Readonly<Record<string, string | null>> = {},
): Map<string, CliArgument> {
  const table = new Map<string, CliArgument>();
  const input = cliShape(service, operation.input);
  const required = new Set(input.required);
  for (const [memberName, shape] of input.members) {
    const name = cliName(memberName);
    const isRequired = required.has(memberName) && !shape.isIdempotencyToken;
    const argument: ModelArgument = { kind: 'model', name, serializedName: memberName, shape, required: isRequired, undocumented: false };
    table.set(name, argument);
    if (shape.typeName === 'boolean') {
      table.set(`no-${name}`, { ...argument, name: `no-${name}`, required: false, negative: true, dest: pyName(name) });
    }
  }
  for (const [oldName, newName] of Object.entries(renames)) {
    const argument = table.get(oldName);
    if (!argument) continue;
    table.delete(oldName);
    if (newName !== null) table.set(newName, renamedArgument(argument, newName));
  }
  if (paginator) addPagingArguments(table, input, paginator);
  table.set('cli-input-json', { kind: 'cli-input', name: 'cli-input-json', required: false });
  table.set('cli-input-yaml', { kind: 'cli-input', name: 'cli-input-yaml', required: false });
  table.set('generate-cli-skeleton', { kind: 'generate-cli-skeleton', name: 'generate-cli-skeleton', required: false });
  return table;
}

/** awscli/customizations/utils.py `rename_argument`: same argument, new option name (its destination stays). */
export function renamedArgument(argument: CliArgument, name: string): CliArgument {
  const dest = argumentDest(argument);
  return { ...argument, name, ...(argument.kind === 'model' ? { dest } : {}) } as CliArgument;
}

/** awscli/customizations/paginate.py `unify_paging_params`. */
function addPagingArguments(table: Map<string, CliArgument>, input: CliShape, paginator: PaginatorConfig): void {
  for (const member of [paginator.inputToken, paginator.limitKey]) {
    if (!member) continue;
    const argument = table.get(cliName(member));
    if (argument?.kind === 'model') argument.undocumented = true;
  }
  table.set('starting-token', { kind: 'page', name: 'starting-token', serializedName: 'StartingToken', parseType: 'string', required: false });
  let typeName: 'integer' | 'long' = 'integer';
  if (paginator.limitKey) {
    const limitShape = input.members.get(paginator.limitKey);
    typeName = limitShape?.typeName === 'long' ? 'long' : 'integer';
    table.set('page-size', { kind: 'page', name: 'page-size', serializedName: 'PageSize', parseType: typeName, required: false });
  }
  table.set('max-items', { kind: 'page', name: 'max-items', serializedName: 'MaxItems', parseType: typeName, required: false });
}

/** The argparse actions an argument adds (awscli's `add_to_parser`). */
export function argumentActions(argument: CliArgument): ActionSpec[] {
  const optionStrings = [`--${argument.name}`];
  const dest = argumentDest(argument);
  switch (argument.kind) {
    case 'model': {
      const type = argument.shape.typeName;
      if (type === 'boolean') {
        return [{ dest, optionStrings, nargs: 0, kind: argument.negative ? 'store_false' : 'store_true', default: null }];
      }
      return [
        {
          dest,
          optionStrings,
          nargs: type === 'list' ? '*' : 'one',
          kind: 'store',
          required: argument.required,
          type: type === 'long' ? 'int' : type === 'double' || type === 'float' ? 'float' : undefined,
        },
      ];
    }
    case 'page':
      return [{ dest, optionStrings, nargs: 'one', kind: 'store', type: argument.parseType === 'string' ? undefined : 'int' }];
    case 'cli-input':
      return [{ dest, optionStrings, nargs: 'one', kind: 'store' }];
    case 'generate-cli-skeleton':
      return [{ dest, optionStrings, nargs: '?', kind: 'store', const: 'input', choices: ['input', 'output', 'yaml-input'] }];
    case 'custom':
      return [...argument.actions];
  }
}
