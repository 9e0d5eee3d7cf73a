import type { DBClusterSnapshot } from '@aws-sdk/client-rds';
import { renderRdsTags } from '../rds-tag';
import { clusterSnapshotArn } from './cluster-snapshot-arn';
import type { DbClusterSnapshotRecord } from './db-cluster-snapshot-record';

/** Aurora's license model as snapshots report it. */
function licenseModel(engine: string): string {
  return engine === 'aurora-postgresql' ? 'postgresql-license' : 'general-public-license';
}

export function renderDbClusterSnapshot(view: { readonly region: string; readonly accountId: string }, snapshot: DbClusterSnapshotRecord): DBClusterSnapshot {
  const { cluster } = snapshot;
  const available = snapshot.status === 'available';
  return {
    AvailabilityZones: [...cluster.availabilityZones],
    DBClusterSnapshotIdentifier: snapshot.identifier,
    DBClusterIdentifier: cluster.identifier,
    SnapshotCreateTime: new Date(snapshot.createdAt),
    Engine: cluster.engine,
    EngineMode: cluster.engineMode,
    AllocatedStorage: 1,
    Status: snapshot.status,
    Port: 0,
    VpcId: snapshot.vpcId ?? undefined,
    ClusterCreateTime: new Date(cluster.createdAt),
    MasterUsername: cluster.masterUsername,
    EngineVersion: cluster.engineVersion,
    LicenseModel: licenseModel(cluster.engine),
    SnapshotType: snapshot.snapshotType,
    PercentProgress: available ? 100 : 0,
    StorageEncrypted: snapshot.storageEncrypted,
    KmsKeyId: snapshot.kmsKeyId ?? undefined,
    DBClusterSnapshotArn: clusterSnapshotArn(view.region, view.accountId, snapshot.identifier),
    SourceDBClusterSnapshotArn: snapshot.sourceSnapshotArn ?? undefined,
    IAMDatabaseAuthenticationEnabled: cluster.iamDatabaseAuthenticationEnabled,
    TagList: renderRdsTags(snapshot.tags),
    DbClusterResourceId: cluster.resourceId,
    StorageType: cluster.storageType === 'aurora' ? undefined : cluster.storageType,
  };
}
