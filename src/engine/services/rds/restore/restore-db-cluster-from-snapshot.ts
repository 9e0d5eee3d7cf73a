import type { RestoreDBClusterFromSnapshotMessage, RestoreDBClusterFromSnapshotResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { resolveEngineVersion } from '../catalog/engine-versions';
import { renderDbCluster } from '../clusters/render-db-cluster';
import { CLUSTER_RESTORE_MS } from '../lifecycle-durations';
import { invalidParameterCombination } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { invalidClusterSnapshotState } from '../snapshots/delete-db-cluster-snapshot';
import { findClusterSnapshot } from '../snapshots/find-cluster-snapshot';
import { prepareRestore } from './restored-cluster';

/**
 * RestoreDBClusterFromSnapshot: a new cluster (no instances, `creating`) with the snapshot's
 * engine, version (or a newer one of the same engine if asked), credentials and encryption.
 */
export const restoreDbClusterFromSnapshot = defineOperation<RestoreDBClusterFromSnapshotMessage, RestoreDBClusterFromSnapshotResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const snapshot = findClusterSnapshot(rds, input.SnapshotIdentifier ?? '', ctx, 'DBClusterSnapshotIdentifier');
  const source = snapshot.cluster;
  if ((input.Engine ?? '').toLowerCase() !== source.engine) {
    throw invalidParameterCombination(`The engine ${input.Engine ?? ''} is not compatible with the snapshot's engine ${source.engine}.`);
  }
  if (snapshot.status !== 'available') {
    throw invalidClusterSnapshotState(`Cannot restore from the snapshot ${snapshot.identifier} because it is not in the available state (it is ${snapshot.status}).`);
  }
  let engineVersion = source.engineVersion;
  if (input.EngineVersion !== undefined) {
    const version = resolveEngineVersion(source.engine, input.EngineVersion, source.engineMode);
    if (!version) throw invalidParameterCombination(`Cannot find version ${input.EngineVersion} for ${source.engine}`);
    engineVersion = version.version;
  }
  const restored = prepareRestore(ctx, { ...source, storageEncrypted: snapshot.storageEncrypted, kmsKeyId: snapshot.kmsKeyId }, input, engineVersion);
  const cluster = restored.commit(CLUSTER_RESTORE_MS);
  return { DBCluster: renderDbCluster(rdsViewOf(ctx), cluster) };
});
