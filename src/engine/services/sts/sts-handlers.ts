import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { getCallerIdentity } from './get-caller-identity';

export const stsHandlers: ServiceHandlers = {
  service: 'sts',
  operations: {
    GetCallerIdentity: getCallerIdentity,
  },
  transitions: {},
};
