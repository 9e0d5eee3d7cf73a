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

const SIZES = ['micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '32xlarge', '48xlarge'];

/** How big an instance class is, for breaking a tie between replicas of the same tier. */
export function instanceSizeRank(instanceClass: string): number {
  const size = instanceClass.split('.').pop() ?? '';
  // `db.serverless` scales up to the cluster's maximum: rank it as a large provisioned class.
  if (size === 'serverless') return SIZES.indexOf('4xlarge');
  return SIZES.indexOf(size);
}

/**
 * Which of two replicas Aurora would rather promote (UG/Concepts.AuroraHighAvailability.html,
 * "Fault tolerance"): the lowest promotion tier (0 first), then the largest size; among equals AWS
 * picks arbitrarily, the sandbox the older (`best`) so replays agree.
 */
function preferredForPromotion(best: DbInstanceRecord, candidate: DbInstanceRecord): DbInstanceRecord {
  if (candidate.promotionTier !== best.promotionTier) return candidate.promotionTier < best.promotionTier ? candidate : best;
  return instanceSizeRank(candidate.instanceClass) > instanceSizeRank(best.instanceClass) ? candidate : best;
}

/** The replica a failover promotes: only available replicas qualify. */
export function choosePromotionTarget(replicas: readonly DbInstanceRecord[]): DbInstanceRecord | undefined {
  return replicas
    .filter((instance) => instance.status === 'available')
    .reduce<DbInstanceRecord | undefined>((best, candidate) => (best ? preferredForPromotion(best, candidate) : candidate), undefined);
}

/**
 * The reader that takes over when the writer goes (deleted, or its cluster lost it): an available
 * reader chosen as a failover would; failing that, one still being created, by the same rule.
 */
export function chooseFailoverTarget(rds: RdsRegionState, clusterIdentifier: string, leaving: string): DbInstanceRecord | undefined {
  const candidates = activeMembersOf(rds, clusterIdentifier).filter((instance) => instance.identifier !== leaving);
  return (
    choosePromotionTarget(candidates) ??
    candidates.reduce<DbInstanceRecord | undefined>((best, candidate) => (best ? preferredForPromotion(best, candidate) : candidate), undefined)
  );
}
