import type { CreateDBClusterSnapshotMessage, CreateDBClusterSnapshotResult } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { findCluster } from '../clusters/find-cluster';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { checkIdentifier } from '../identifiers';
import { invalidDbClusterState } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import { tagRecords, type RdsTagRecord } from '../rds-tag';
import type { Tag } from '@aws-sdk/client-rds';
import { dbClusterSnapshotAlreadyExists } from './find-cluster-snapshot';
import { renderDbClusterSnapshot } from './render-db-cluster-snapshot';
import { takeClusterSnapshot } from './take-cluster-snapshot';

/** Manual DB cluster snapshots per region (UG/CHAP_Limits.html: "Manual DB cluster snapshots", 100, adjustable). */
export const MANUAL_CLUSTER_SNAPSHOT_QUOTA = 100;

export function checkManualSnapshotQuota(rds: RdsRegionState): void {
  const manual = Object.values(rds.clusterSnapshots).filter((s) => s.snapshotType === 'manual').length;
  if (manual >= MANUAL_CLUSTER_SNAPSHOT_QUOTA) {
    throw modeledError('rds', 'SnapshotQuotaExceededFault', 'Cannot create more than 100 manual snapshots');
  }
}

/** Checks a new manual snapshot's identifier (free, well formed) and returns it lowercased. */
export function checkNewSnapshotIdentifier(rds: RdsRegionState, parameter: 'DBClusterSnapshotIdentifier' | 'TargetDBClusterSnapshotIdentifier' | 'FinalDBSnapshotIdentifier', value: string): string {
  const identifier = checkIdentifier(parameter, value);
  if (ownEntry(rds.clusterSnapshots, identifier)) throw dbClusterSnapshotAlreadyExists(identifier);
  return identifier;
}

/** A snapshot's tags: those requested, else the cluster's when it copies tags to snapshots. */
export function snapshotTags(cluster: DbClusterRecord, requested: readonly Tag[] | undefined): RdsTagRecord[] {
  if (requested !== undefined && requested.length > 0) return tagRecords(requested);
  return cluster.copyTagsToSnapshot ? cluster.tags.map((t) => ({ ...t })) : [];
}

/** CreateDBClusterSnapshot: a manual snapshot of an available cluster (creating -> available). */
export const createDbClusterSnapshot = defineOperation<CreateDBClusterSnapshotMessage, CreateDBClusterSnapshotResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const identifier = checkNewSnapshotIdentifier(rds, 'DBClusterSnapshotIdentifier', input.DBClusterSnapshotIdentifier ?? '');
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  if (cluster.status !== 'available') {
    throw invalidDbClusterState(`Cannot create a snapshot because the DB cluster ${cluster.identifier} is not in the available state (it is ${cluster.status}).`);
  }
  checkManualSnapshotQuota(rds);
  const snapshot = takeClusterSnapshot(ctx, cluster, identifier, 'manual', snapshotTags(cluster, input.Tags));
  return { DBClusterSnapshot: renderDbClusterSnapshot(ctx, snapshot) };
});
