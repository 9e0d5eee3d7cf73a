import type { DescribeAlarmsForMetricInput, DescribeAlarmsForMetricOutput } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkDimensions } from '../metrics/metric-request-rules';
import { renderMetricAlarm } from './render-metric-alarm';

/**
 * DescribeAlarmsForMetric: the metric alarms on one metric (namespace and name), narrowed by
 * statistic, period, unit and — when given — the exact dimension set.
 */
export const describeAlarmsForMetric = defineOperation<DescribeAlarmsForMetricInput, DescribeAlarmsForMetricOutput>((ctx, input) => {
  checkDimensions('Dimensions', input.Dimensions);
  const wanted = input.Dimensions;
  const alarms = Object.values(ctx.regionState.monitoring.alarms)
    .filter((a) => a.namespace === input.Namespace && a.metricName === input.MetricName)
    .filter((a) => input.Statistic === undefined || a.statistic === input.Statistic)
    .filter((a) => input.ExtendedStatistic === undefined || a.extendedStatistic === input.ExtendedStatistic)
    .filter((a) => input.Period === undefined || a.period === input.Period)
    .filter((a) => input.Unit === undefined || a.unit === input.Unit)
    .filter((a) => wanted === undefined || (wanted.length === a.dimensions.length && wanted.every((d) => a.dimensions.some((own) => own.Name === d.Name && own.Value === d.Value))))
    .sort((a, b) => (a.alarmName < b.alarmName ? -1 : a.alarmName > b.alarmName ? 1 : 0));
  return { MetricAlarms: alarms.map(renderMetricAlarm) };
});
