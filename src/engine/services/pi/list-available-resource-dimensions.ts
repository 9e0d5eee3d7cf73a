import type { ListAvailableResourceDimensionsRequest, ListAvailableResourceDimensionsResponse } from '@aws-sdk/client-pi';
import { defineOperation } from '../../sandbox/service-handlers';
import { dimensionGroupsOf, dimensionKeysOf } from './pi-dimension-catalog';
import { invalidArgument } from './pi-errors';
import { piResourceOf } from './pi-resource';

/** ListAvailableResourceDimensions: for `db.load`, the dimension groups of the engine and their dimensions. */
export const listAvailableResourceDimensions = defineOperation<ListAvailableResourceDimensionsRequest, ListAvailableResourceDimensionsResponse>((ctx, input) => {
  const metrics = input.Metrics ?? [];
  for (const metric of metrics) {
    if (metric !== 'db.load' && metric !== 'db.sampledload') throw invalidArgument(`Metric ${metric} has no dimensions. Valid values are db.load and db.sampledload.`);
  }
  const { instance, timeline } = piResourceOf(ctx, input.ServiceType!, input.Identifier!);
  const groups = dimensionGroupsOf(instance.engine).map((group) => {
    const keys = dimensionKeysOf(instance.engine, group, timeline.cluster.masterUsername, timeline.cluster.databaseName ?? 'appdb');
    return { Group: group, Dimensions: Object.keys(keys[0]?.dimensions ?? {}).map((identifier) => ({ Identifier: identifier })) };
  });
  return { MetricDimensions: metrics.map((metric) => ({ Metric: metric, Groups: groups })) };
});
