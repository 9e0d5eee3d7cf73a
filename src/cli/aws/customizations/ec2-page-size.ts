import type { CustomizationFactory } from './operation-customization';
import { isPyDict } from '../../python/py-value';

const TARGETS: Readonly<Record<string, readonly string[]>> = {
  'describe-volumes': [],
  'describe-snapshots': ['OwnerIds', 'RestorableByUserIds'],
};
const UNIVERSAL = ['NextToken', 'DryRun', 'PaginationConfig'];

/** awscli/customizations/ec2/paginate.py: unfiltered describe-volumes/-snapshots use pages of 1000. */
export const ec2PageSizeInjector: CustomizationFactory = (service, commandName) => {
  const allowed = TARGETS[commandName];
  if (service !== 'ec2' || !allowed) return undefined;
  return {
    callingCommand(params, globals) {
      if (!globals.paginate) return;
      const config = isPyDict(params.PaginationConfig) ? params.PaginationConfig : {};
      if ('PageSize' in config) return;
      if (Object.keys(params).some((key) => !allowed.includes(key) && !UNIVERSAL.includes(key))) return;
      config.PageSize = 1000;
      params.PaginationConfig = config;
    },
  };
};
