import type { TransitionContext } from '../../../sandbox/operation-context';
import { ownEntry } from '../../shared/own-entry';
import type { DbClusterRecord } from './db-cluster-record';

/**
 * The cluster a transition of the modify / stop / start / Serverless v1 work was scheduled for.
 * Looked up by name, then by resource id (the cluster may have been renamed since), and only if
 * the lifecycle token still matches when the payload carries one (a later request superseded it).
 */
export function scheduledClusterOf(ctx: TransitionContext, payload: Readonly<Record<string, unknown>>): DbClusterRecord | undefined {
  const { clusters } = ctx.regionState.rds;
  const byName = ownEntry(clusters, String(payload.identifier));
  const cluster = byName?.resourceId === payload.resourceId ? byName : Object.values(clusters).find((c) => c.resourceId === payload.resourceId);
  if (!cluster) return undefined;
  if (payload.token !== undefined && (cluster.lifecycleToken ?? 0) !== payload.token) return undefined;
  return cluster;
}

/** Bumps and returns the cluster's lifecycle token (invalidating transitions scheduled before). */
export function nextClusterToken(cluster: DbClusterRecord): number {
  cluster.lifecycleToken = (cluster.lifecycleToken ?? 0) + 1;
  return cluster.lifecycleToken;
}
