import { ParamValidationError } from '../cli-errors';
import { unpackArgument } from '../argument-unpacker';
import { pyName, type CustomArgument } from '../operation-arguments';
import type { CustomizationFactory } from './operation-customization';

/** argparse default meaning "not given" (the CLI's `_NOT_SPECIFIED` sentinel). */
const NOT_SPECIFIED = '\u0000not-specified';

/**
 * awscli/customizations/toplevelbool.py: an ec2 argument whose model is `{"Value": boolean}`
 * (`--enable-dns-hostnames`) becomes `--x` / `--x Value=true` plus `--no-x`.
 */
export const ec2TopLevelBooleans: CustomizationFactory = (service) => {
  if (service !== 'ec2') return undefined;
  const pairs: Array<[string, string]> = [];
  return {
    buildingArgumentTable(table) {
      for (const argument of [...table.values()]) {
        if (argument.kind !== 'model' || argument.shape.typeName !== 'structure') continue;
        const members = [...argument.shape.members];
        if (members.length !== 1 || members[0][0] !== 'Value' || members[0][1].typeName !== 'boolean') continue;
        const { name, serializedName, shape } = argument;
        const positiveDest = pyName(name);
        const negativeDest = `no_${positiveDest}`;
        const positive: CustomArgument = {
          kind: 'custom',
          name,
          required: false,
          typeLabel: 'structure',
          synopsis: `--${name} | --no-${name}`,
          actions: [{ dest: positiveDest, optionStrings: [`--${name}`], nargs: '?', kind: 'store', default: NOT_SPECIFIED }],
          addToParams(params, values) {
            const value = values.get(positiveDest);
            if (value === NOT_SPECIFIED || value === undefined) return;
            params[serializedName] = value === null ? { Value: true } : unpackArgument(`--${name}`, shape, value);
          },
        };
        const negative: CustomArgument = {
          kind: 'custom',
          name: `no-${name}`,
          required: false,
          typeLabel: 'boolean',
          synopsis: '',
          actions: [{ dest: negativeDest, optionStrings: [`--no-${name}`], nargs: 0, kind: 'store_true', default: NOT_SPECIFIED }],
          addToParams(params, values) {
            const value = values.get(negativeDest);
            if (value !== NOT_SPECIFIED && value) params[serializedName] = { Value: false };
          },
        };
        table.set(name, positive);
        table.set(`no-${name}`, negative);
        pairs.push([positiveDest, negativeDest]);
      }
    },
    operationArgsParsed(values) {
      for (const [positive, negative] of pairs) {
        if (values.get(positive) !== NOT_SPECIFIED && values.get(negative) !== NOT_SPECIFIED) {
          throw new ParamValidationError(
            `Cannot specify both the "--${positive.replace(/_/g, '-')}" option and the "--${negative.replace(/_/g, '-')}" option.`,
          );
        }
      }
    },
  };
};
