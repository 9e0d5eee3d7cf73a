import type { DescribeDimensionKeysRequest, DescribeDimensionKeysResponse, DimensionKeyDescription } from '@aws-sdk/client-pi';
import { defineOperation } from '../../sandbox/service-handlers';
import { PiDimensionSplit } from './pi-dimension-shares';
import { invalidArgument } from './pi-errors';
import { activeSessionsAt } from './pi-metrics';
import { piWindow } from './pi-periods';
import { piResourceOf } from './pi-resource';

const DEFAULT_MAX_RESULTS = 10;
const MAX_RESULTS = 25;
const LOAD_METRICS = new Set(['db.load.avg', 'db.sampledload.avg']);

/**
 * DescribeDimensionKeys: the top keys of a dimension group by their share of the database load
 * over the range (Total, in average active sessions), largest first; with PartitionBy, each key's
 * load split by the partition group's keys (PartitionKeys gives their order).
 */
export const describeDimensionKeys = defineOperation<DescribeDimensionKeysRequest, DescribeDimensionKeysResponse>((ctx, input) => {
  const metric = input.Metric ?? '';
  if (!LOAD_METRICS.has(metric)) throw invalidArgument(`Metric ${metric} is not supported. Valid values are db.load.avg and db.sampledload.avg.`);
  const max = input.MaxResults ?? DEFAULT_MAX_RESULTS;
  if (max < 0 || max > MAX_RESULTS) throw invalidArgument(`MaxResults must be between 0 and ${MAX_RESULTS}.`);
  const resource = piResourceOf(ctx, input.ServiceType!, input.Identifier!);
  const window = piWindow(input.StartTime!.getTime(), input.EndTime!.getTime(), input.PeriodInSeconds);
  const split = new PiDimensionSplit(resource, input.GroupBy!, input.Filter);
  const partition = input.PartitionBy ? new PiDimensionSplit(resource, input.PartitionBy, input.Filter) : undefined;
  const now = ctx.now.getTime();
  const totals = split.keys.map(() => 0);
  const partitions = split.keys.map(() => (partition ? partition.keys.map(() => 0) : []));
  let minutes = 0;
  for (let t = window.alignedStart; t < Math.min(window.alignedEnd, now - 60_000 + 1); t += 60_000) {
    const aas = activeSessionsAt(resource, t);
    if (aas === null) continue;
    minutes++;
    const shares = split.sharesAt(t);
    const partitionShares = partition?.sharesAt(t) ?? [];
    shares.forEach((share, k) => {
      totals[k] += aas * share;
      partitionShares.forEach((p, j) => (partitions[k][j] += aas * share * p));
    });
  }
  const round = (v: number) => Math.round((minutes === 0 ? 0 : v / minutes) * 1000) / 1000;
  const keys: DimensionKeyDescription[] = split.keys
    .map((key, k) => ({
      Dimensions: PiDimensionSplit.shown(key, input.GroupBy!),
      Total: round(totals[k]),
      ...(partition ? { Partitions: partitions[k].map(round) } : {}),
    }))
    .filter((key) => minutes > 0 && key.Total > 0)
    .sort((a, b) => b.Total - a.Total)
    .slice(0, max);
  return {
    AlignedStartTime: new Date(window.alignedStart),
    AlignedEndTime: new Date(window.alignedEnd),
    ...(partition && input.PartitionBy ? { PartitionKeys: partition.keys.map((key) => ({ Dimensions: PiDimensionSplit.shown(key, input.PartitionBy!) })) } : {}),
    Keys: keys,
  };
});
