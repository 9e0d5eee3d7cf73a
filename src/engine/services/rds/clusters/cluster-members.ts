import type { DbInstanceRecord } from '../instances/db-instance-record';
import type { RdsRegionState } from '../rds-state';

/** A cluster's instances, in the order they were created. */
export function membersOf(rds: RdsRegionState, clusterIdentifier: string): DbInstanceRecord[] {
  return Object.values(rds.instances).filter((instance) => instance.clusterIdentifier === clusterIdentifier);
}

/** Members not on their way out; a cluster with any of these cannot be deleted. */
export function activeMembersOf(rds: RdsRegionState, clusterIdentifier: string): DbInstanceRecord[] {
  return membersOf(rds, clusterIdentifier).filter((instance) => instance.status !== 'deleting');
}

/**
 * The reader Aurora promotes when the writer goes: available readers before ones still being
 * created, then the lowest promotion tier (tier 0 first), then the oldest.
 */
export function chooseFailoverTarget(rds: RdsRegionState, clusterIdentifier: string, leaving: string): DbInstanceRecord | undefined {
  const candidates = activeMembersOf(rds, clusterIdentifier).filter((instance) => instance.identifier !== leaving);
  const rank = (instance: DbInstanceRecord) => [instance.status === 'available' ? 0 : 1, instance.promotionTier];
  return candidates.reduce<DbInstanceRecord | undefined>((best, candidate) => {
    if (!best) return candidate;
    const [a0, a1] = rank(candidate);
    const [b0, b1] = rank(best);
    return a0 < b0 || (a0 === b0 && a1 < b1) ? candidate : best;
  }, undefined);
}
