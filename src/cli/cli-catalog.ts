import type { ServiceName } from '../engine/service-name';
import { buildArgumentTable, type CliArgument } from './aws/operation-arguments';
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
