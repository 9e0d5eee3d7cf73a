import type { CopyDBClusterSnapshotMessage, CopyDBClusterSnapshotResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { keyScopeOf, resolveKmsKeyArn, recordKmsKeyUse } from '../kms-keys';
import { CLUSTER_SNAPSHOT_MS } from '../lifecycle-durations';
import { invalidParameterCombination } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { clusterSnapshotArn } from './cluster-snapshot-arn';
import { checkManualSnapshotQuota, checkNewSnapshotIdentifier } from './create-db-cluster-snapshot';
import type { DbClusterSnapshotRecord } from './db-cluster-snapshot-record';
import { invalidClusterSnapshotState } from './delete-db-cluster-snapshot';
import { findClusterSnapshot } from './find-cluster-snapshot';
import { renderDbClusterSnapshot } from './render-db-cluster-snapshot';
import { SNAPSHOT_TRANSITION_KINDS } from './snapshot-transition-kinds';
import { recordSnapshotEvent } from './take-cluster-snapshot';

/**
 * CopyDBClusterSnapshot (same region): the copy of a manual or automated snapshot is always manual.
 * An encrypted source may be re-encrypted with `KmsKeyId` (else it keeps its key); an unencrypted
 * source cannot be encrypted by copying (API/API_CopyDBClusterSnapshot.html: "If you copy an
 * unencrypted DB cluster snapshot and specify a value for the KmsKeyId parameter, an error is returned").
 */
export const copyDbClusterSnapshot = defineOperation<CopyDBClusterSnapshotMessage, CopyDBClusterSnapshotResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const source = findClusterSnapshot(rds, input.SourceDBClusterSnapshotIdentifier ?? '', ctx, 'SourceDBClusterSnapshotIdentifier');
  const identifier = checkNewSnapshotIdentifier(rds, 'TargetDBClusterSnapshotIdentifier', input.TargetDBClusterSnapshotIdentifier ?? '');
  if (source.status !== 'available') {
    throw invalidClusterSnapshotState(`Cannot copy the snapshot ${source.identifier} because it is not in the available state (it is ${source.status}).`);
  }
  let kmsKeyId = source.kmsKeyId;
  if (input.KmsKeyId !== undefined) {
    if (!source.storageEncrypted) {
      throw invalidParameterCombination('Cannot specify KmsKeyId when copying an unencrypted DB cluster snapshot; restore it with KmsKeyId to get an encrypted cluster.');
    }
    kmsKeyId = resolveKmsKeyArn(input.KmsKeyId, keyScopeOf(ctx));
  }
  checkManualSnapshotQuota(rds);

  const tags = [...(input.CopyTags === true ? source.tags.map((t) => ({ ...t })) : []), ...tagRecords(input.Tags)];
  const copy: DbClusterSnapshotRecord = {
    ...structuredClone(source),
    identifier,
    snapshotType: 'manual',
    status: 'copying',
    createdAt: ctx.now.getTime(),
    kmsKeyId,
    sourceSnapshotArn: clusterSnapshotArn(ctx.region, ctx.accountId, source.identifier),
    tags,
  };
  recordKmsKeyUse(keyScopeOf(ctx), ctx.now, kmsKeyId);
  rds.clusterSnapshots[identifier] = copy;
  recordSnapshotEvent(ctx, copy, RDS_EVENTS.manualClusterSnapshotStarted);
  ctx.schedule(CLUSTER_SNAPSHOT_MS, SNAPSHOT_TRANSITION_KINDS.available, { identifier, createdAt: copy.createdAt });
  return { DBClusterSnapshot: renderDbClusterSnapshot(ctx, copy) };
});
