import { SDK_PACKAGES } from '../../engine/model/sdk-packages';
import { serviceModel, type OperationModel } from '../../engine/model/service-model';
import { SERVICE_NAMES, type ServiceName } from '../../engine/service-name';
import { cliName } from './xform-name';
import { waiterDefinitions, type WaiterDefinition } from './waiter-definitions';

/**
 * The command tables the CLI builds: services under `aws`, and under each service its operations
 * (model order) plus the CLI's customizations (rds's option-group split, `wait`, `help`).
 */
export type OperationCommand =
  | {
      readonly kind: 'operation';
      readonly name: string;
      readonly operation: OperationModel;
      /** Arguments renamed or removed by a customization: cli name -> new name, or null to drop. */
      readonly renames?: Readonly<Record<string, string | null>>;
    }
  | { readonly kind: 'wait'; readonly name: 'wait' }
  | { readonly kind: 'generate-db-auth-token'; readonly name: 'generate-db-auth-token' }
  | { readonly kind: 'help'; readonly name: 'help' };

export interface ServiceCommand {
  readonly name: string;
  readonly service: ServiceName;
}

/**
 * The CLI's name for a service: its botocore name, which matches the SDK package suffix
 * (`@aws-sdk/client-cloudwatch` -> `cloudwatch`, signing name `monitoring`) except where the
 * package adds hyphens (`client-secrets-manager` -> `secretsmanager`).
 */
export function cliServiceName(service: ServiceName): string {
  const suffix = SDK_PACKAGES[service].replace(/^@aws-sdk\/client-/, '');
  return suffix.replace(/-/g, '') === service.replace(/-/g, '') ? service : suffix;
}

let serviceTable: Map<string, ServiceCommand> | undefined;

/** `aws <command>` choices, in the CLI's order (services sorted), without `help`. */
export function serviceCommands(): ReadonlyMap<string, ServiceCommand> {
  if (!serviceTable) {
    const entries = SERVICE_NAMES.map((service) => ({ name: cliServiceName(service), service }));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    serviceTable = new Map(entries.map((entry) => [entry.name, entry]));
  }
  return serviceTable;
}

const operationTables = new Map<ServiceName, Map<string, OperationCommand>>();

export function operationCommands(service: ServiceName): ReadonlyMap<string, OperationCommand> {
  let table = operationTables.get(service);
  if (table) return table;
  table = new Map();
  const model = serviceModel(service);
  const names = [...model.operations.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const operation = model.operations.get(name) as OperationModel;
    table.set(cliName(name), { kind: 'operation', name: cliName(name), operation });
  }
  if (service === 'rds') addRdsCustomizations(table, model.operations.get('ModifyOptionGroup'));
  if (waitersOf(service).length > 0) table.set('wait', { kind: 'wait', name: 'wait' });
  table.set('help', { kind: 'help', name: 'help' });
  operationTables.set(service, table);
  return table;
}

/** awscli/customizations/rds.py. */
function addRdsCustomizations(table: Map<string, OperationCommand>, modifyOptionGroup: OperationModel | undefined): void {
  if (modifyOptionGroup) {
    table.delete('modify-option-group');
    table.set('add-option-to-option-group', {
      kind: 'operation',
      name: 'add-option-to-option-group',
      operation: modifyOptionGroup,
      renames: { 'options-to-include': 'options', 'options-to-remove': null },
    });
    table.set('remove-option-from-option-group', {
      kind: 'operation',
      name: 'remove-option-from-option-group',
      operation: modifyOptionGroup,
      renames: { 'options-to-remove': 'options', 'options-to-include': null },
    });
  }
  table.set('generate-db-auth-token', { kind: 'generate-db-auth-token', name: 'generate-db-auth-token' });
}

export function waitersOf(service: ServiceName): readonly WaiterDefinition[] {
  return waiterDefinitions[service] ?? [];
}
