import type { ServiceName } from '../../../engine/service-name';
import type { ParsedValue } from '../../argparse/arg-parser';
import type { PyDict } from '../../python/py-value';
import type { GlobalOptions } from '../global-options';
import type { CliArgument } from '../operation-arguments';
import { argumentRenames } from './ec2-argument-renames';
import { ec2PageSizeInjector } from './ec2-page-size';
import { ec2ProtocolNumbers } from './ec2-protocol-numbers';
import { ec2RunInstancesCount } from './ec2-run-instances-count';
import { ec2SecurityGroupShortcuts } from './ec2-security-group-shortcuts';
import { ec2TopLevelBooleans } from './ec2-top-level-booleans';

/**
 * A CLI customization of one operation, hooked where the real CLI's event handlers run:
 * `building-argument-table`, `operation-args-parsed`, `calling-command` and botocore's
 * `before-parameter-build`.
 */
export interface OperationCustomization {
  buildingArgumentTable?(table: Map<string, CliArgument>): void;
  operationArgsParsed?(values: ReadonlyMap<string, ParsedValue>): void;
  callingCommand?(params: PyDict, globals: GlobalOptions, commandName: string): void;
  beforeParameterBuild?(params: PyDict): void;
}

/** Creates the customization's hooks (fresh per command run) when it applies to the command. */
export type CustomizationFactory = (service: ServiceName, commandName: string, operationName: string) => OperationCustomization | undefined;

const CUSTOMIZATIONS: readonly CustomizationFactory[] = [
  argumentRenames,
  ec2TopLevelBooleans,
  ec2SecurityGroupShortcuts,
  ec2RunInstancesCount,
  ec2ProtocolNumbers,
  ec2PageSizeInjector,
];

export function customizationsFor(service: ServiceName, commandName: string, operationName: string): OperationCustomization[] {
  return CUSTOMIZATIONS.map((create) => create(service, commandName, operationName)).filter((c): c is OperationCustomization => c !== undefined);
}
