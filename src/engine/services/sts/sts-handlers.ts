import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const stsHandlers: ServiceHandlers = {
  service: 'sts',
  operations: {},
  transitions: {},
};
