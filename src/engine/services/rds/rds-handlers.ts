import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const rdsHandlers: ServiceHandlers = {
  service: 'rds',
  operations: {},
  transitions: {},
};
