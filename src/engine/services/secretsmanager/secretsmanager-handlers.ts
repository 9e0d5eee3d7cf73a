import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const secretsmanagerHandlers: ServiceHandlers = {
  service: 'secretsmanager',
  operations: {},
  transitions: {},
};
