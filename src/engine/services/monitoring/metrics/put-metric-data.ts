import type { MetricDatum, PutMetricDataInput } from '@aws-sdk/client-cloudwatch';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidParameterCombination, invalidParameterValue, missingParameter } from '../monitoring-errors';
import { checkDimensions } from './metric-request-rules';

const MAX_DATA = 1000;
const TWO_WEEKS_MS = 14 * 86_400_000;
const TWO_HOURS_MS = 2 * 3_600_000;

/** The values one datum publishes (Value, Values × Counts, or a StatisticSet's average × count). */
function valuesOf(datum: MetricDatum): number[] {
  if (datum.Value !== undefined) return [datum.Value];
  if (datum.Values !== undefined) return datum.Values.flatMap((v, i) => Array<number>(Math.max(1, Math.round(datum.Counts?.[i] ?? 1))).fill(v));
  const set = datum.StatisticValues!;
  const count = Math.max(1, Math.round(set.SampleCount ?? 1));
  return Array<number>(count).fill((set.Sum ?? 0) / count);
}

function checkDatum(datum: MetricDatum, where: string, now: number): void {
  const kinds = [datum.Value !== undefined, datum.Values !== undefined, datum.StatisticValues !== undefined].filter(Boolean).length;
  if (kinds > 1) throw invalidParameterCombination(`The parameters ${where}.Value, ${where}.Values and ${where}.StatisticValues are mutually exclusive and you have specified more than one.`);
  if (kinds === 0) throw missingParameter(`The parameter ${where}.Value, ${where}.Values or ${where}.StatisticValues is required.`);
  if (datum.Counts !== undefined && datum.Values === undefined) throw invalidParameterCombination(`The parameter ${where}.Counts must be specified with ${where}.Values.`);
  if (datum.Counts !== undefined && datum.Counts.length !== datum.Values!.length) {
    throw invalidParameterValue(`The parameters ${where}.Values and ${where}.Counts must be of the same size.`);
  }
  if ((datum.Values ?? []).length > 150) throw invalidParameterValue(`The collection ${where}.Values must not have a size greater than 150.`);
  if (datum.StorageResolution !== undefined && datum.StorageResolution !== 1 && datum.StorageResolution !== 60) {
    throw invalidParameterValue(`The value ${datum.StorageResolution} for parameter ${where}.StorageResolution is invalid. Valid values are 1 and 60.`);
  }
  const at = datum.Timestamp?.getTime() ?? now;
  if (at < now - TWO_WEEKS_MS) throw invalidParameterValue(`The parameter ${where}.Timestamp must specify a time within the past two weeks.`);
  if (at > now + TWO_HOURS_MS) throw invalidParameterValue(`The parameter ${where}.Timestamp must specify a time no more than two hours in the future.`);
  checkDimensions(`${where}.Dimensions`, datum.Dimensions);
}

/**
 * PutMetricData: publishes data points to a custom namespace (namespaces starting with `AWS/` are
 * reserved for AWS services). Metrics are created on first use; every datum is validated before
 * anything is stored.
 */
export const putMetricData = defineOperation<PutMetricDataInput, Record<string, never>>((ctx, input) => {
  const namespace = input.Namespace ?? '';
  if (namespace.startsWith('AWS/')) throw invalidParameterValue(`The value ${namespace} for parameter Namespace is invalid.`);
  if (namespace.length < 1 || namespace.length > 255) throw invalidParameterValue(`The parameter Namespace must be between 1 and 255 characters.`);
  const data = input.MetricData ?? [];
  if (data.length === 0) throw missingParameter('The parameter MetricData is required.');
  if (data.length > MAX_DATA) throw invalidParameterValue(`The collection MetricData must not have a size greater than ${MAX_DATA}.`);
  const now = ctx.now.getTime();
  data.forEach((datum, i) => checkDatum(datum, `MetricData.member.${i + 1}`, now));
  const { customMetrics } = ctx.regionState.monitoring;
  for (const datum of data) {
    const dimensions = (datum.Dimensions ?? []).map((d) => ({ Name: d.Name ?? '', Value: d.Value ?? '' }));
    const sameDimensions = (other: readonly { Name: string; Value: string }[]) =>
      other.length === dimensions.length && dimensions.every((d) => other.some((o) => o.Name === d.Name && o.Value === d.Value));
    let record = customMetrics.find((m) => m.namespace === namespace && m.metricName === datum.MetricName && sameDimensions(m.dimensions));
    if (!record) {
      record = { namespace, metricName: datum.MetricName ?? '', dimensions, unit: datum.Unit ?? 'None', storageResolution: datum.StorageResolution ?? 60, samples: [] };
      customMetrics.push(record);
    }
    const resolutionMs = record.storageResolution * 1000;
    const at = Math.floor((datum.Timestamp?.getTime() ?? now) / resolutionMs) * resolutionMs;
    record.samples.push({ at, values: valuesOf(datum) });
  }
  return {};
});
