import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const kmsHandlers: ServiceHandlers = {
  service: 'kms',
  operations: {},
  transitions: {},
};
