import type { DeleteDBClusterMessage, DeleteDBClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { CLUSTER_DELETE_MS } from '../lifecycle-durations';
import { invalidDbClusterState, invalidParameterCombination } from '../rds-errors';
import { refuseDeletingGlobalMember } from '../global/refuse-deleting-global-member';
import { rdsViewOf } from '../rds-view';
import { checkFinalSnapshotIdentifier, snapshotsOnClusterDelete } from '../snapshots/final-cluster-snapshot';
import { activeMembersOf } from './cluster-members';
import { CLUSTER_TRANSITIONS } from './cluster-transitions';
import { findCluster } from './find-cluster';
import { renderDbCluster } from './render-db-cluster';

/**
 * DeleteDBCluster: the cluster goes `deleting` and disappears once its (already deleting)
 * instances have gone. With `FinalDBSnapshotIdentifier` a manual snapshot
 * is taken first (snapshots/final-cluster-snapshot.ts).
 */
export const deleteDbCluster = defineOperation<DeleteDBClusterMessage, DeleteDBClusterResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const cluster = findCluster(rds, input.DBClusterIdentifier ?? '');
  if (cluster.status === 'deleting') throw invalidDbClusterState(`Cluster ${cluster.identifier} is already being deleted.`);
  const skip = input.SkipFinalSnapshot === true;
  const finalSnapshot = input.FinalDBSnapshotIdentifier;
  if (skip && finalSnapshot !== undefined) {
    throw invalidParameterCombination('You cannot specify both FinalDBSnapshotIdentifier and SkipFinalSnapshot');
  }
  if (!skip && finalSnapshot === undefined) {
    throw invalidParameterCombination('FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.');
  }
  const finalSnapshotId = finalSnapshot === undefined ? undefined : checkFinalSnapshotIdentifier(rds, finalSnapshot);
  if (cluster.deletionProtection) {
    throw invalidParameterCombination('Cannot delete protected Cluster, please disable deletion protection and try again.');
  }
  if (activeMembersOf(rds, cluster.identifier).length > 0) {
    throw invalidDbClusterState('Cluster cannot be deleted, it still contains DB instances in non-deleting state.');
  }
  refuseDeletingGlobalMember(ctx.state, ctx.region, cluster);

  snapshotsOnClusterDelete(ctx, cluster, finalSnapshotId);
  cluster.status = 'deleting';
  ctx.schedule(CLUSTER_DELETE_MS, CLUSTER_TRANSITIONS.deleted, { identifier: cluster.identifier, resourceId: cluster.resourceId });
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});
