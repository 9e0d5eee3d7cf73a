import { modeledError } from '../../../model/modeled-error';
import type { RdsRegionState } from '../rds-state';

/** DB clusters per account and Region: 40 by default (UG/CHAP_Limits.html; FACTS.md §2 "Quotas"). */
export const DB_CLUSTER_QUOTA = 40;

/** Refuses a new cluster (create, restore, clone) once the Region holds the quota's worth. */
export function checkClusterQuota(rds: RdsRegionState): void {
  if (Object.keys(rds.clusters).length >= DB_CLUSTER_QUOTA) {
    throw modeledError(
      'rds',
      'DBClusterQuotaExceededFault',
      `Cannot create more than ${DB_CLUSTER_QUOTA} DB clusters in this Region: the DB cluster quota for the account has been reached.`,
    );
  }
}
