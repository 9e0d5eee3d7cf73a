import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { describeDimensionKeys } from './describe-dimension-keys';
import { getResourceMetrics } from './get-resource-metrics';
import { listAvailableResourceDimensions } from './list-available-resource-dimensions';
import { listAvailableResourceMetrics } from './list-available-resource-metrics';

export const piHandlers: ServiceHandlers = {
  service: 'pi',
  operations: {
    GetResourceMetrics: getResourceMetrics,
    DescribeDimensionKeys: describeDimensionKeys,
    ListAvailableResourceMetrics: listAvailableResourceMetrics,
    ListAvailableResourceDimensions: listAvailableResourceDimensions,
  },
  transitions: {},
};
