import { renamedArgument } from '../operation-arguments';
import type { CustomizationFactory } from './operation-customization';

/** awscli/customizations/argrename.py entries for the services the sandbox serves. */
const RENAMES: ReadonlyArray<[service: string, command: string, from: string, to: string]> = [
  ['ec2', 'create-image', 'no-no-reboot', 'reboot'],
  ['ec2', '*', 'no-egress', 'ingress'],
  ['ec2', '*', 'no-disable-api-termination', 'enable-api-termination'],
];

export const argumentRenames: CustomizationFactory = (service, commandName) => {
  const renames = RENAMES.filter(([s, c]) => s === service && (c === '*' || c === commandName));
  if (renames.length === 0) return undefined;
  return {
    buildingArgumentTable(table) {
      for (const [, , from, to] of renames) {
        const argument = table.get(from);
        if (!argument) continue;
        table.delete(from);
        table.set(to, renamedArgument(argument, to));
      }
    },
  };
};
