import type { ListAvailableResourceMetricsRequest, ListAvailableResourceMetricsResponse, ResponseResourceMetric } from '@aws-sdk/client-pi';
import { defineOperation } from '../../sandbox/service-handlers';
import { PI_METRIC_DESCRIPTIONS } from './pi-counter-descriptions';
import { invalidArgument } from './pi-errors';
import { metricBasesOf } from './pi-metrics';
import { piResourceOf } from './pi-resource';

/** ListAvailableResourceMetrics: the `os` and/or `db` metrics the instance offers, with unit and description. */
export const listAvailableResourceMetrics = defineOperation<ListAvailableResourceMetricsRequest, ListAvailableResourceMetricsResponse>((ctx, input) => {
  const types = input.MetricTypes ?? [];
  for (const type of types) if (type !== 'os' && type !== 'db') throw invalidArgument(`MetricType ${type} is not valid. Valid values are os and db.`);
  const { instance } = piResourceOf(ctx, input.ServiceType!, input.Identifier!);
  const metrics: ResponseResourceMetric[] = types.flatMap((type) =>
    metricBasesOf(instance.engine, type).map((base) => ({ Metric: base, Description: PI_METRIC_DESCRIPTIONS[base]?.description, Unit: PI_METRIC_DESCRIPTIONS[base]?.unit })),
  );
  return { Metrics: metrics };
});
