import { ownEntry } from '../../shared/own-entry';
import { RDS_EVENTS } from '../events/rds-event-catalog';
import { recordEvent } from '../events/record-event';
import { CLUSTER_SNAPSHOT_MS } from '../lifecycle-durations';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import type { RdsTagRecord } from '../rds-tag';
import { clusterSnapshotArn } from './cluster-snapshot-arn';
import type { DbClusterSnapshotRecord, DbClusterSnapshotType } from './db-cluster-snapshot-record';
import type { RdsWorkContext } from './snapshot-context';
import { SNAPSHOT_TRANSITION_KINDS } from './snapshot-transition-kinds';

/** Emits a snapshot event (source type `db-cluster-snapshot`). */
export function recordSnapshotEvent(
  ctx: Pick<RdsWorkContext, 'region' | 'accountId' | 'now' | 'regionState'>,
  snapshot: DbClusterSnapshotRecord,
  event: (typeof RDS_EVENTS)[keyof typeof RDS_EVENTS],
): void {
  recordEvent(
    ctx.regionState.rds,
    ctx.now,
    { sourceType: 'db-cluster-snapshot', sourceIdentifier: snapshot.identifier, sourceArn: clusterSnapshotArn(ctx.region, ctx.accountId, snapshot.identifier) },
    event,
  );
}

/** The cluster's configuration frozen at snapshot time (a deep copy, without runtime-only parts). */
export function frozenClusterSettings(cluster: DbClusterRecord): DbClusterRecord {
  const copy = structuredClone(cluster);
  delete copy.pendingModifications;
  delete copy.serverlessV1Runtime;
  delete copy.lifecycleToken;
  delete copy.cloneGroupId;
  delete copy.globalClusterIdentifier;
  return copy;
}

/**
 * Stores a new `creating` snapshot of `cluster` and schedules it to become `available`; emits
 * RDS-EVENT-0074 (manual) or 0168 (automated). The caller has checked everything.
 */
export function takeClusterSnapshot(
  ctx: RdsWorkContext,
  cluster: DbClusterRecord,
  identifier: string,
  snapshotType: DbClusterSnapshotType,
  tags: RdsTagRecord[],
): DbClusterSnapshotRecord {
  const { rds } = ctx.regionState;
  const subnetGroup = ownEntry(rds.subnetGroups, cluster.dbSubnetGroupName);
  const snapshot: DbClusterSnapshotRecord = {
    identifier,
    snapshotType,
    status: 'creating',
    createdAt: ctx.now.getTime(),
    cluster: frozenClusterSettings(cluster),
    vpcId: subnetGroup?.vpcId ?? null,
    storageEncrypted: cluster.storageEncrypted,
    kmsKeyId: cluster.kmsKeyId,
    sourceSnapshotArn: null,
    tags,
  };
  rds.clusterSnapshots[identifier] = snapshot;
  recordSnapshotEvent(ctx, snapshot, snapshotType === 'manual' ? RDS_EVENTS.manualClusterSnapshotStarted : RDS_EVENTS.automatedClusterSnapshotStarted);
  ctx.schedule(CLUSTER_SNAPSHOT_MS, SNAPSHOT_TRANSITION_KINDS.available, { identifier, createdAt: snapshot.createdAt });
  return snapshot;
}
