import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const iamHandlers: ServiceHandlers = {
  service: 'iam',
  operations: {},
  transitions: {},
};
