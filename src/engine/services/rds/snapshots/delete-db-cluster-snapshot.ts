import type { DeleteDBClusterSnapshotMessage, DeleteDBClusterSnapshotResult } from '@aws-sdk/client-rds';
import { modeledError } from '../../../model/modeled-error';
import { defineOperation } from '../../../sandbox/service-handlers';
import { findClusterSnapshot } from './find-cluster-snapshot';
import { renderDbClusterSnapshot } from './render-db-cluster-snapshot';

export function invalidClusterSnapshotState(message: string) {
  return modeledError('rds', 'InvalidDBClusterSnapshotStateFault', message);
}

/** DeleteDBClusterSnapshot: manual snapshots only, once available; automated ones expire on their own. */
export const deleteDbClusterSnapshot = defineOperation<DeleteDBClusterSnapshotMessage, DeleteDBClusterSnapshotResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const snapshot = findClusterSnapshot(rds, input.DBClusterSnapshotIdentifier ?? '', ctx);
  if (snapshot.snapshotType === 'automated') throw invalidClusterSnapshotState('Only manual snapshots may be deleted.');
  if (snapshot.status !== 'available') {
    throw invalidClusterSnapshotState(`Cannot delete the snapshot because it is not in the available state (it is ${snapshot.status}).`);
  }
  delete rds.clusterSnapshots[snapshot.identifier];
  return { DBClusterSnapshot: renderDbClusterSnapshot(ctx, snapshot) };
});
