import type { ServiceHandlers } from '../../sandbox/service-handlers';

export const piHandlers: ServiceHandlers = {
  service: 'pi',
  operations: {},
  transitions: {},
};
