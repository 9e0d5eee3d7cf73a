import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const ec2Handlers: ServiceHandlers = {
  service: 'ec2',
  operations: {},
  transitions: {},
};
