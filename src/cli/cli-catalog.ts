import type { OperationModel } from '../engine/model/service-model';
import type { ServiceName } from '../engine/service-name';
import type { ActionSpec, Nargs } from './argparse/arg-parser';
import { GENERATE_DB_AUTH_TOKEN_ACTIONS } from './aws/generate-db-auth-token';
import { globalActions } from './aws/global-options';
import { argumentActions, buildArgumentTable, type CliArgument } from './aws/operation-arguments';
import { customizationsFor } from './aws/customizations/operation-customization';
import { isPaginated, paginatorConfig } from './model/paginator-config';
import { operationCommands, serviceCommands, waitersOf } from './model/service-commands';
import { cliName } from './model/xform-name';

/** What an editor needs to complete and check `aws` commands, from the same tables the CLI uses. */
export interface CliOptionInfo {
  /** `--db-cluster-identifier` */
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly enumValues?: readonly string[];
}

export function cliServiceNames(): string[] {
  return [...serviceCommands().keys()];
}

/** Subcommands of `aws <service>` (operations plus `wait` and the service's customizations). */
export function cliOperationNames(service: string): string[] {
  const entry = serviceCommands().get(service);
  return entry ? [...operationCommands(entry.service).keys()].filter((name) => name !== 'help') : [];
}

export function cliWaiterNames(service: string): string[] {
  const entry = serviceCommands().get(service);
  return entry ? waitersOf(entry.service).map((w) => cliName(w.name)) : [];
}

/** The documented options of `aws <service> <operation>`, in the order its help lists them. */
export async function cliOperationOptions(service: string, operation: string): Promise<CliOptionInfo[]> {
  const entry = serviceCommands().get(service);
  const command = entry ? operationCommands(entry.service).get(operation) : undefined;
  if (!entry || command?.kind !== 'operation') return [];
  const serviceName: ServiceName = entry.service;
  const paginator = isPaginated(serviceName, command.operation.name) ? await paginatorConfig(serviceName, command.operation.name) : undefined;
  const table = buildArgumentTable(serviceName, command.operation, paginator, command.renames);
  for (const customization of customizationsFor(serviceName, operation, command.operation.name)) customization.buildingArgumentTable?.(table);
  return [...table.values()].filter(isDocumented).map(describe);
}

function isDocumented(argument: CliArgument): boolean {
  return !(argument.kind === 'model' && argument.undocumented);
}

function describe(argument: CliArgument): CliOptionInfo {
  switch (argument.kind) {
    case 'model':
      return {
        name: `--${argument.name}`,
        type: argument.shape.typeName,
        required: argument.required,
        ...(argument.shape.enumValues ? { enumValues: argument.shape.enumValues } : {}),
      };
    case 'page':
      return { name: `--${argument.name}`, type: argument.parseType, required: false };
    case 'custom':
      return { name: `--${argument.name}`, type: argument.typeLabel, required: argument.required };
    default:
      return { name: `--${argument.name}`, type: 'string', required: false };
  }
}

/** How many words follow an option on the command line (argparse's `nargs`). */
export type CliOptionArity = 'none' | 'one' | 'optional' | 'list';

/** One option as the CLI's argument parser sees it: what an editor needs to complete and check it. */
export interface CliCommandOption {
  /** `--db-cluster-identifier` */
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly arity: CliOptionArity;
  /** The values to offer: the model's enum, or the parser's own choices. */
  readonly enumValues?: readonly string[];
  /** The only values the parser accepts (argparse `choices`); the model's enums are not checked by the CLI. */
  readonly choices?: readonly string[];
  /** The parser converts the value (argparse `type=`) and rejects what does not convert. */
  readonly valueType?: 'int' | 'float';
  /** False for options the CLI accepts but leaves out of its help (paging members it replaces). */
  readonly documented: boolean;
}

/** `aws <service>`: its subcommands (operations, customizations, `wait`) and waiters. */
export interface CliServiceSummary {
  readonly name: string;
  readonly commands: readonly string[];
  readonly waiters: readonly string[];
}

export function cliServiceSummaries(): CliServiceSummary[] {
  return cliServiceNames().map((name) => ({ name, commands: cliOperationNames(name), waiters: cliWaiterNames(name) }));
}

/** The options of `aws` itself, accepted anywhere on the command line. */
export function cliGlobalOptions(): CliCommandOption[] {
  const options = new Map<string, CliCommandOption>();
  for (const action of globalActions([])) {
    for (const name of action.optionStrings) {
      if (options.has(name)) continue;
      const takesValue = action.kind === 'store';
      options.set(name, {
        name,
        type: takesValue ? 'string' : 'boolean',
        required: false,
        arity: arityOf(action.nargs),
        ...(action.choices ? { enumValues: action.choices, choices: action.choices } : {}),
        documented: true,
      });
    }
  }
  return [...options.values()];
}

/**
 * Every option the parser of `aws <service> <command...>` accepts, in its table's order:
 * `command` is `['create-db-cluster']` or `['wait', 'db-cluster-available']`. `undefined` when the
 * service or command does not exist or takes no options (`help`, `wait` alone).
 */
export async function cliCommandOptions(service: string, command: readonly string[]): Promise<CliCommandOption[] | undefined> {
  const entry = serviceCommands().get(service);
  if (!entry) return undefined;
  const serviceName: ServiceName = entry.service;
  const [subcommand, waiterName, ...rest] = command;
  const found = subcommand === undefined ? undefined : operationCommands(serviceName).get(subcommand);
  if (!found || rest.length > 0) return undefined;
  switch (found.kind) {
    case 'operation': {
      if (waiterName !== undefined) return undefined;
      const table = await argumentTable(serviceName, found.operation, found.renames);
      for (const customization of customizationsFor(serviceName, subcommand, found.operation.name)) customization.buildingArgumentTable?.(table);
      return commandOptionsOf(table);
    }
    case 'wait': {
      const waiter = waitersOf(serviceName).find((w) => cliName(w.name) === waiterName);
      const operation = waiter ? operationNamed(serviceName, waiter.operation) : undefined;
      return operation ? commandOptionsOf(await argumentTable(serviceName, operation)) : undefined;
    }
    case 'generate-db-auth-token':
      return waiterName === undefined ? GENERATE_DB_AUTH_TOKEN_ACTIONS.flatMap((action) => optionsOfAction(action, action.required === true, 'string', true)) : undefined;
    case 'help':
      return undefined;
  }
}

async function argumentTable(service: ServiceName, operation: OperationModel, renames?: Readonly<Record<string, string | null>>): Promise<Map<string, CliArgument>> {
  const paginator = isPaginated(service, operation.name) ? await paginatorConfig(service, operation.name) : undefined;
  return buildArgumentTable(service, operation, paginator, renames);
}

function operationNamed(service: ServiceName, name: string): OperationModel | undefined {
  for (const command of operationCommands(service).values()) {
    if (command.kind === 'operation' && command.operation.name === name) return command.operation;
  }
  return undefined;
}

function commandOptionsOf(table: ReadonlyMap<string, CliArgument>): CliCommandOption[] {
  return [...table.values()].flatMap((argument) => {
    const info = describe(argument);
    const enumValues = argument.kind === 'model' ? argument.shape.enumValues : undefined;
    return argumentActions(argument).flatMap((action) => optionsOfAction(action, argument.required, info.type, isDocumented(argument), enumValues));
  });
}

function optionsOfAction(
  action: ActionSpec,
  required: boolean,
  type: string,
  documented: boolean,
  enumValues: readonly string[] | undefined = action.choices,
): CliCommandOption[] {
  return action.optionStrings.map((name) => ({
    name,
    type,
    required,
    arity: arityOf(action.nargs),
    ...(enumValues ? { enumValues } : {}),
    ...(action.choices ? { choices: action.choices } : {}),
    ...(action.type ? { valueType: action.type } : {}),
    documented,
  }));
}

function arityOf(nargs: Nargs): CliOptionArity {
  switch (nargs) {
    case 0:
      return 'none';
    case 'one':
      return 'one';
    case '?':
      return 'optional';
    default:
      return 'list';
  }
}

/** What `GET /api/cli/catalog` serves: enough to complete `aws <service> <command>` and global options. */
export interface CliCatalog {
  readonly services: readonly CliServiceSummary[];
  readonly globalOptions: readonly CliCommandOption[];
}

export function cliCatalog(): CliCatalog {
  return { services: cliServiceSummaries(), globalOptions: cliGlobalOptions() };
}
