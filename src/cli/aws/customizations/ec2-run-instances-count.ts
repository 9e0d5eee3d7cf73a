import { GeneralError } from '../cli-errors';
import { pyInt } from '../../python/py-number';
import type { CustomizationFactory } from './operation-customization';

/** awscli/customizations/ec2/addcount.py: `--count min[:max]` instead of --min-count/--max-count (default 1). */
export const ec2RunInstancesCount: CustomizationFactory = (service, commandName) => {
  if (service !== 'ec2' || commandName !== 'run-instances') return undefined;
  return {
    buildingArgumentTable(table) {
      table.delete('min-count');
      table.delete('max-count');
      table.set('count', {
        kind: 'custom',
        name: 'count',
        required: false,
        typeLabel: 'string',
        actions: [{ dest: 'count', optionStrings: ['--count'], nargs: 'one', kind: 'store' }],
        addToParams(params, values) {
          const value = values.get('count');
          if (value === null || value === undefined) return;
          const text = String(value);
          const parts = text.includes(':') ? text.split(':') : [text, text];
          try {
            if (parts.length !== 2) throw new Error('bad count');
            params.MinCount = pyInt(parts[0]);
            params.MaxCount = pyInt(parts[1]);
          } catch {
            // The real CLI 2.9.19 means to raise ParamValidationError('count parameter should be of form
            // min[:max] (e.g. 1 or 1:10)') but never imported it, so users see this NameError (exit 255).
            throw new GeneralError("name 'ParamValidationError' is not defined");
          }
        },
      });
    },
    beforeParameterBuild(params) {
      if (!('MaxCount' in params)) params.MaxCount = 1;
      if (!('MinCount' in params)) params.MinCount = 1;
    },
  };
};
