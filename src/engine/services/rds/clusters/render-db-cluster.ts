import type { DBCluster } from '@aws-sdk/client-rds';
import { clusterEndpoint, clusterReaderEndpoint, endpointSuffix, hostedZoneId } from '../endpoints';
import { rdsArn } from '../identifiers';
import { clusterParameterApplyStatus } from '../parameter-groups/pending-parameter-reboot';
import { earliestBacktrackTime } from '../backtrack/earliest-backtrack-time';
import { restorableWindow } from '../restore/restorable-window';
import { renderRdsTags } from '../rds-tag';
import type { RdsView } from '../rds-view';
import { membersOf } from './cluster-members';
import type { DbClusterRecord } from './db-cluster-record';
import { renderClusterPendingModifications } from './cluster-pending-modifications';
import { currentServerlessV1Capacity } from './serverless-v1-activity';
import { statusWithEncryption } from './encryption-status';

export function dbClusterArn(view: Pick<RdsView, 'region' | 'accountId'>, identifier: string): string {
  return rdsArn(view.region, view.accountId, 'cluster', identifier);
}

export function renderDbCluster(view: RdsView, cluster: DbClusterRecord): DBCluster {
  const suffix = endpointSuffix(view.seed, view.region);
  const members = membersOf(view.rds, cluster.identifier);
  const memberZones = new Set(members.filter((m) => m.status !== 'deleting').map((m) => m.availabilityZone));
  const restoreWindow = restorableWindow(cluster, view.now.getTime());
  const latestRestorable = restoreWindow?.latest;
  const backtrackSince = earliestBacktrackTime(cluster, view.now.getTime());
  const backtracking = cluster.backtrackWindow > 0;
  const v1 = cluster.serverlessV1Scaling;
  const v2 = cluster.serverlessV2Scaling;
  return {
    AllocatedStorage: 1,
    AvailabilityZones: [...cluster.availabilityZones],
    BackupRetentionPeriod: cluster.backupRetentionPeriod,
    DatabaseName: cluster.databaseName ?? undefined,
    DBClusterIdentifier: cluster.identifier,
    DBClusterParameterGroup: cluster.dbClusterParameterGroupName,
    DBSubnetGroup: cluster.dbSubnetGroupName,
    Status: statusWithEncryption(view, cluster.status, cluster.kmsKeyId),
    EarliestRestorableTime: restoreWindow ? new Date(restoreWindow.earliest) : undefined,
    Endpoint: clusterEndpoint(cluster.identifier, suffix, view.region),
    ReaderEndpoint: clusterReaderEndpoint(cluster.identifier, suffix, view.region),
    MultiAZ: memberZones.size > 1,
    Engine: cluster.engine,
    EngineVersion: cluster.engineVersion,
    LatestRestorableTime: latestRestorable === undefined ? undefined : new Date(latestRestorable),
    Port: cluster.port,
    MasterUsername: cluster.masterUsername,
    DBClusterOptionGroupMemberships: [],
    PreferredBackupWindow: cluster.preferredBackupWindow,
    PreferredMaintenanceWindow: cluster.preferredMaintenanceWindow,
    ReadReplicaIdentifiers: [],
    DBClusterMembers: members.map((member) => ({
      DBInstanceIdentifier: member.identifier,
      IsClusterWriter: member.identifier === cluster.writerIdentifier && cluster.globalSecondary !== true,
      DBClusterParameterGroupStatus: clusterParameterApplyStatus(view.rds, member),
      PromotionTier: member.promotionTier,
    })),
    VpcSecurityGroups: cluster.vpcSecurityGroupIds.map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
    HostedZoneId: hostedZoneId(view.region),
    StorageEncrypted: cluster.storageEncrypted,
    StorageEncryptionType: cluster.storageEncrypted ? 'sse-kms' : undefined,
    KmsKeyId: cluster.kmsKeyId ?? undefined,
    DbClusterResourceId: cluster.resourceId,
    DBClusterArn: dbClusterArn(view, cluster.identifier),
    AssociatedRoles: [],
    IAMDatabaseAuthenticationEnabled: cluster.iamDatabaseAuthenticationEnabled,
    ClusterCreateTime: new Date(cluster.createdAt),
    EarliestBacktrackTime: backtrackSince === null ? undefined : new Date(backtrackSince),
    BacktrackWindow: backtracking ? cluster.backtrackWindow : undefined,
    BacktrackConsumedChangeRecords: backtracking ? 0 : undefined,
    EnabledCloudwatchLogsExports: cluster.enabledCloudwatchLogsExports.length > 0 ? [...cluster.enabledCloudwatchLogsExports] : undefined,
    Capacity: v1 && cluster.status === 'available' ? currentServerlessV1Capacity(cluster) : undefined,
    PendingModifiedValues: renderClusterPendingModifications(cluster.pendingModifications),
    EngineMode: cluster.engineMode,
    ScalingConfigurationInfo: v1
      ? {
          MinCapacity: v1.minCapacity,
          MaxCapacity: v1.maxCapacity,
          AutoPause: v1.autoPause,
          SecondsUntilAutoPause: v1.secondsUntilAutoPause,
          TimeoutAction: v1.timeoutAction,
          SecondsBeforeTimeout: v1.secondsBeforeTimeout,
        }
      : undefined,
    ServerlessV2ScalingConfiguration: v2
      ? {
          MinCapacity: v2.minCapacity,
          MaxCapacity: v2.maxCapacity,
          SecondsUntilAutoPause: v2.secondsUntilAutoPause ?? undefined,
        }
      : undefined,
    // The default `aurora` storage type is not echoed (FACTS.md §2).
    StorageType: cluster.storageType === 'aurora' ? undefined : cluster.storageType,
    AutoMinorVersionUpgrade: cluster.autoMinorVersionUpgrade,
    DeletionProtection: cluster.deletionProtection,
    HttpEndpointEnabled: cluster.httpEndpointEnabled,
    ActivityStreamStatus: 'stopped',
    CopyTagsToSnapshot: cluster.copyTagsToSnapshot,
    CrossAccountClone: false,
    CloneGroupId: cluster.cloneGroupId,
    DomainMemberships: [],
    TagList: renderRdsTags(cluster.tags),
    NetworkType: cluster.networkType,
    DatabaseInsightsMode: 'standard',
    MasterUserSecret: cluster.masterUserSecret
      ? {
          SecretArn: cluster.masterUserSecret.secretArn,
          SecretStatus: cluster.masterUserSecret.status,
          KmsKeyId: cluster.masterUserSecret.kmsKeyId,
        }
      : undefined,
    EngineLifecycleSupport: cluster.engineLifecycleSupport,
    GlobalClusterIdentifier: cluster.globalClusterIdentifier ?? undefined,
  };
}
