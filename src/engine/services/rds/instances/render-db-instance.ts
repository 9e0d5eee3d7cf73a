import type { DBInstance } from '@aws-sdk/client-rds';
import { statusWithEncryption } from '../clusters/encryption-status';
import { ownEntry } from '../../shared/own-entry';
import { ENGINE_DEFAULTS } from '../catalog/aurora-engines';
import { findEngineVersion } from '../catalog/engine-versions';
import { endpointSuffix, hostedZoneId, instanceEndpoint } from '../endpoints';
import { rdsArn } from '../identifiers';
import { defaultOptionGroupName } from '../parameter-groups/default-parameter-groups';
import { instanceParameterApplyStatus } from '../parameter-groups/pending-parameter-reboot';
import { renderRdsTags } from '../rds-tag';
import type { RdsView } from '../rds-view';
import { renderDbSubnetGroup } from '../subnet-groups/render-db-subnet-group';
import type { DbInstanceRecord } from './db-instance-record';
import { renderInstancePendingModifications } from './modify-db-instance-pending';

export function dbInstanceArn(view: Pick<RdsView, 'region' | 'accountId'>, identifier: string): string {
  return rdsArn(view.region, view.accountId, 'db', identifier);
}

/** An Aurora instance, with what it shares with its cluster read from the cluster. */
export function renderDbInstance(view: RdsView, instance: DbInstanceRecord): DBInstance {
  const cluster = ownEntry(view.rds.clusters, instance.clusterIdentifier);
  const subnetGroup = cluster ? ownEntry(view.rds.subnetGroups, cluster.dbSubnetGroupName) : undefined;
  const version = cluster ? findEngineVersion(cluster.engine, cluster.engineVersion) : undefined;
  // AWS has no endpoint to show until the instance has been created.
  const hasEndpoint = instance.status !== 'creating';
  return {
    DBInstanceIdentifier: instance.identifier,
    DBInstanceClass: instance.instanceClass,
    Engine: instance.engine,
    DBInstanceStatus: statusWithEncryption(view, instance.status, cluster?.kmsKeyId ?? null),
    MasterUsername: cluster?.masterUsername,
    DBName: cluster?.databaseName ?? undefined,
    Endpoint:
      hasEndpoint && cluster
        ? {
            Address: instanceEndpoint(instance.identifier, endpointSuffix(view.seed, view.region), view.region),
            Port: cluster.port,
            HostedZoneId: hostedZoneId(view.region),
          }
        : undefined,
    AllocatedStorage: 1,
    InstanceCreateTime: instance.availableAt === null ? undefined : new Date(instance.availableAt),
    PreferredBackupWindow: cluster?.preferredBackupWindow,
    BackupRetentionPeriod: cluster?.backupRetentionPeriod,
    DBSecurityGroups: [],
    VpcSecurityGroups: (cluster?.vpcSecurityGroupIds ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
    DBParameterGroups: [{ DBParameterGroupName: instance.dbParameterGroupName, ParameterApplyStatus: instanceParameterApplyStatus(view.rds, instance) }],
    AvailabilityZone: instance.availabilityZone,
    DBSubnetGroup: subnetGroup ? renderDbSubnetGroup(view.region, view.accountId, subnetGroup) : undefined,
    PreferredMaintenanceWindow: instance.preferredMaintenanceWindow,
    PendingModifiedValues: renderInstancePendingModifications(instance.pendingModifications),
    MultiAZ: false,
    EngineVersion: cluster?.engineVersion,
    AutoMinorVersionUpgrade: instance.autoMinorVersionUpgrade,
    ReadReplicaDBInstanceIdentifiers: [],
    LicenseModel: ENGINE_DEFAULTS[instance.engine].licenseModel,
    OptionGroupMemberships: version ? [{ OptionGroupName: defaultOptionGroupName(version), Status: 'in-sync' }] : [],
    PubliclyAccessible: instance.publiclyAccessible,
    StorageType: 'aurora',
    DbInstancePort: 0,
    DBClusterIdentifier: instance.clusterIdentifier,
    StorageEncrypted: cluster?.storageEncrypted ?? false,
    KmsKeyId: cluster?.kmsKeyId ?? undefined,
    DbiResourceId: instance.resourceId,
    CACertificateIdentifier: instance.caCertificateIdentifier,
    DomainMemberships: [],
    CopyTagsToSnapshot: instance.copyTagsToSnapshot,
    MonitoringInterval: instance.monitoringInterval,
    EnhancedMonitoringResourceArn:
      instance.monitoringInterval > 0
        ? `arn:aws:logs:${view.region}:${view.accountId}:log-group:RDSOSMetrics:log-stream:${instance.resourceId}`
        : undefined,
    MonitoringRoleArn: instance.monitoringRoleArn ?? undefined,
    PromotionTier: instance.promotionTier,
    DBInstanceArn: dbInstanceArn(view, instance.identifier),
    IAMDatabaseAuthenticationEnabled: cluster?.iamDatabaseAuthenticationEnabled ?? false,
    DatabaseInsightsMode: 'standard',
    PerformanceInsightsEnabled: instance.performanceInsightsEnabled,
    PerformanceInsightsKMSKeyId: instance.performanceInsightsKmsKeyId ?? undefined,
    PerformanceInsightsRetentionPeriod: instance.performanceInsightsRetentionPeriod ?? undefined,
    EnabledCloudwatchLogsExports:
      cluster && cluster.enabledCloudwatchLogsExports.length > 0 ? [...cluster.enabledCloudwatchLogsExports] : undefined,
    // Deletion protection is a cluster setting for Aurora; instances always report false.
    DeletionProtection: false,
    AssociatedRoles: [],
    TagList: renderRdsTags(instance.tags),
    CustomerOwnedIpEnabled: false,
    NetworkType: cluster?.networkType ?? 'IPV4',
    BackupTarget: 'region',
    DedicatedLogVolume: false,
    EngineLifecycleSupport: cluster?.engineLifecycleSupport,
  };
}
