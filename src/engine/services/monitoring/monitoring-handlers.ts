import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const monitoringHandlers: ServiceHandlers = {
  service: 'monitoring',
  operations: {},
  transitions: {},
};
