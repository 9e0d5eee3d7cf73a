import type { OperationContext } from '../../../sandbox/operation-context';
import type { DbClusterRecord } from '../../rds/clusters/db-cluster-record';
import type { RdsTagRecord } from '../../rds/rds-tag';
import type { CloudWatchRegionState } from '../monitoring-state';

/**
 * The sandbox's load knob. A lab applies a workload to a cluster by tagging it (an ordinary, logged
 * AddTagsToResource / RemoveTagsFromResource call, so replay rebuilds it):
 *   aws rds add-tags-to-resource --resource-name <cluster ARN> --tags Key=aurora-lab:load,Value=80
 * The value is the share (0–100) of the cluster's capacity the simulated workload uses; removing the
 * tag (or any value that is not a number) means idle. Metrics and Performance Insights follow it.
 */
export const SIMULATED_LOAD_TAG = 'aurora-lab:load';

/** One change of a cluster's load tag, kept so past datapoints keep the load they had then. */
export interface SimulatedLoadChange {
  readonly clusterResourceId: string;
  /** Virtual epoch ms. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The load percent a tag list asks for (0 when absent or not a number). */
export function loadPercentOf(tags: readonly RdsTagRecord[]): number {
  const tag = tags.find((t) => t.key === SIMULATED_LOAD_TAG);
  const value = tag ? Number(tag.value) : 0;
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

const CLUSTER_ARN = /^arn:aws:rds:[a-z0-9-]+:\d{12}:cluster:(.+)$/;

/**
 * Called by RDS's tag operations after they changed a resource's tags: when the resource is a
 * cluster and its load percent changed, the change is remembered with its time.
 */
export function recordSimulatedLoadChange(ctx: OperationContext, resourceName: string, previousPercent: number, tags: readonly RdsTagRecord[]): void {
  const match = CLUSTER_ARN.exec(resourceName);
  if (!match) return;
  const cluster = ctx.regionState.rds.clusters[match[1].toLowerCase()];
  const percent = loadPercentOf(tags);
  if (!cluster || percent === previousPercent) return;
  ctx.regionState.monitoring.loadChanges.push({ clusterResourceId: cluster.resourceId, at: ctx.now.getTime(), from: previousPercent, to: percent });
}

/** The cluster's load history: the percent in force at any instant. */
export class ClusterLoad {
  private readonly changes: readonly SimulatedLoadChange[];

  constructor(monitoring: CloudWatchRegionState, private readonly cluster: DbClusterRecord) {
    this.changes = monitoring.loadChanges.filter((c) => c.clusterResourceId === cluster.resourceId);
  }

  /** Percent at `t`: the `from` of the first change after `t`, else the tag's current value. */
  at(t: number): number {
    const next = this.changes.find((c) => c.at > t);
    return next ? next.from : loadPercentOf(this.cluster.tags);
  }

  /** ∫ load dt over [from, to] in percent·hours (drives storage growth). */
  percentHours(from: number, to: number): number {
    if (to <= from) return 0;
    const cuts = [from, ...this.changes.map((c) => c.at).filter((at) => at > from && at < to), to];
    let total = 0;
    for (let i = 0; i + 1 < cuts.length; i++) total += this.at(cuts[i]) * ((cuts[i + 1] - cuts[i]) / 3_600_000);
    return total;
  }
}
