import type { DbClusterRecord } from '../clusters/db-cluster-record';
import type { RdsRegionState } from '../rds-state';
import { dropAutomatedSnapshots } from './automated-backups';
import { checkManualSnapshotQuota, checkNewSnapshotIdentifier, snapshotTags } from './create-db-cluster-snapshot';
import type { RdsWorkContext } from './snapshot-context';
import { takeClusterSnapshot } from './take-cluster-snapshot';

/** DeleteDBCluster's `FinalDBSnapshotIdentifier`: well formed, not taken, within the quota. Returns it lowercased. */
export function checkFinalSnapshotIdentifier(rds: RdsRegionState, value: string): string {
  const identifier = checkNewSnapshotIdentifier(rds, 'FinalDBSnapshotIdentifier', value);
  checkManualSnapshotQuota(rds);
  return identifier;
}

/**
 * What deleting a cluster does to its snapshots: the final snapshot (a manual one) is taken, and
 * the cluster's automated snapshots go (retained automated backups are not modelled).
 */
export function snapshotsOnClusterDelete(ctx: RdsWorkContext, cluster: DbClusterRecord, finalSnapshotIdentifier: string | undefined): void {
  if (finalSnapshotIdentifier !== undefined) takeClusterSnapshot(ctx, cluster, finalSnapshotIdentifier, 'manual', snapshotTags(cluster, undefined));
  dropAutomatedSnapshots(ctx.regionState.rds, cluster);
}
