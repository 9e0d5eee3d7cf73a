import type { DimensionGroup } from '@aws-sdk/client-pi';
import { hashString, noiseAt } from '../monitoring/metrics/deterministic-noise';
import { dimensionGroupsOf, dimensionKeysOf, type PiDimensionKey } from './pi-dimension-catalog';
import { invalidArgument } from './pi-errors';
import type { PiResource } from './pi-resource';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 25;

/** A requested dimension group resolved to its keys, ready to split the load between them. */
export class PiDimensionSplit {
  readonly keys: readonly PiDimensionKey[];
  /** Every key of the group (shares are of the whole load, not only of the kept keys). */
  private readonly allKeys: readonly PiDimensionKey[];
  private readonly hashes: readonly number[];

  constructor(
    private readonly resource: PiResource,
    group: DimensionGroup,
    filter: Readonly<Record<string, string>> | undefined,
  ) {
    const { instance, timeline } = resource;
    const name = group.Group ?? '';
    if (!dimensionGroupsOf(instance.engine).includes(name)) {
      throw invalidArgument(`This group is not a known group: ${name} is not valid for current resource`);
    }
    const limit = group.Limit ?? DEFAULT_LIMIT;
    if (limit < 1 || limit > MAX_LIMIT) throw invalidArgument(`Limit must be between 1 and ${MAX_LIMIT}.`);
    const all = dimensionKeysOf(instance.engine, name, timeline.cluster.masterUsername, timeline.cluster.databaseName ?? 'appdb');
    for (const dimension of group.Dimensions ?? []) {
      if (!all.some((k) => Object.hasOwn(k.dimensions, dimension))) {
        throw invalidArgument(`This dimension is not a known dimension: ${dimension} is not valid for group ${name}`);
      }
    }
    const matching = all.filter((k) => Object.entries(filter ?? {}).every(([d, v]) => !Object.hasOwn(k.dimensions, d) || k.dimensions[d] === v));
    this.keys = [...matching].sort((a, b) => b.weight - a.weight).slice(0, limit);
    this.hashes = this.keys.map((k) => hashString(`${instance.resourceId}/${JSON.stringify(k.dimensions)}`));
    this.allKeys = all;
  }

  /** Each kept key's share of the whole load in the minute starting at `t` (CPU-bound work grows with load). */
  sharesAt(t: number): number[] {
    const load = this.resource.timeline.load.at(t);
    // Keys left out by the limit or filter still take their (noise-free) part of the load.
    const raw = (key: PiDimensionKey, i: number) => key.weight * (key.cpuBound ? 0.5 + load / 100 : 1) * (0.85 + 0.3 * (i >= 0 ? noiseAt(this.hashes[i], t) : 0.5));
    const total = this.allKeys.reduce((sum, key) => sum + raw(key, this.keys.indexOf(key)), 0);
    return this.keys.map((key, i) => raw(key, i) / total);
  }

  /** The dimensions of a key as the response shows them (only those asked for, when a list was given). */
  static shown(key: PiDimensionKey, group: DimensionGroup): Record<string, string> {
    const wanted = group.Dimensions;
    return Object.fromEntries(Object.entries(key.dimensions).filter(([d]) => !wanted || wanted.includes(d)));
  }
}
