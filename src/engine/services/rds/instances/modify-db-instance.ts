import type { ModifyDBInstanceMessage, ModifyDBInstanceResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { ENGINE_DEFAULTS } from '../catalog/aurora-engines';
import { findEngineVersion } from '../catalog/engine-versions';
import { isOrderable, SERVERLESS_V2_CLASS } from '../catalog/orderable-instance-classes';
import { INSTANCE_CLASS_CHANGE_MS, MODIFY_MS } from '../lifecycle-durations';
import { chooseInstanceMaintenanceWindow } from '../maintenance-windows';
import { resolveInstanceParameterGroup } from '../parameter-groups/default-parameter-groups';
import { invalidDbInstanceState, invalidParameterCombination, setOnClusterInstead } from '../rds-errors';
import { rdsViewOf } from '../rds-view';
import { keyScopeOf, recordKmsKeyUse } from '../kms-keys';
import { findInstance } from './find-instance';
import { checkCaCertificate, checkMonitoring, checkPerformanceInsights, checkPromotionTier } from './instance-settings';
import { scheduleInstanceApplyPending, scheduleInstanceModified } from './modify-db-instance-transitions';
import { renderDbInstance } from './render-db-instance';

/** Settings an Aurora DB instance takes from its cluster: RDS refuses them on ModifyDBInstance. */
function refuseClusterLevelChanges(input: ModifyDBInstanceMessage): void {
  if (input.MasterUserPassword !== undefined || input.ManageMasterUserPassword !== undefined || input.RotateMasterUserPassword !== undefined) {
    throw setOnClusterInstead('master user password');
  }
  if (input.BackupRetentionPeriod !== undefined) throw setOnClusterInstead('backup retention period');
  if (input.PreferredBackupWindow !== undefined) throw setOnClusterInstead('backup window');
  if (input.VpcSecurityGroupIds !== undefined && input.VpcSecurityGroupIds.length > 0) throw setOnClusterInstead('vpc security group');
  if (input.EngineVersion !== undefined) throw setOnClusterInstead('engine version');
  if (input.EnableIAMDatabaseAuthentication !== undefined) throw setOnClusterInstead('IAM database authentication');
  if (input.CloudwatchLogsExportConfiguration !== undefined) throw setOnClusterInstead('CloudWatch Logs exports');
  if (input.DeletionProtection !== undefined) throw setOnClusterInstead('deletion protection');
  if (input.DBPortNumber !== undefined) throw setOnClusterInstead('port');
  if (input.AllocatedStorage !== undefined || input.MaxAllocatedStorage !== undefined || input.Iops !== undefined || input.StorageType !== undefined) {
    throw invalidParameterCombination("The requested DB instance is a member of a DB cluster. You don't need to set storage size, IOPS or storage type: Aurora storage belongs to the cluster.");
  }
  if (input.MultiAZ === true) {
    throw invalidParameterCombination('Aurora DB instances are not Multi-AZ deployments; add Aurora Replicas in other AZs instead.');
  }
  for (const name of ['NewDBInstanceIdentifier', 'DBSubnetGroupName', 'OptionGroupName', 'Domain', 'ProcessorFeatures', 'DatabaseInsightsMode'] as const) {
    if (input[name] !== undefined) throw invalidParameterCombination(`Changing ${name} with ModifyDBInstance is not available in this Aurora Lab sandbox yet.`);
  }
}

/**
 * ModifyDBInstance for an Aurora DB instance. A class change waits for the instance's maintenance
 * window unless `ApplyImmediately` (then `modifying` for a few minutes); promotion tier,
 * Enhanced Monitoring, Performance Insights, public accessibility and the rest apply at once.
 */
export const modifyDbInstance = defineOperation<ModifyDBInstanceMessage, ModifyDBInstanceResult>((ctx, input) => {
  const { rds } = ctx.regionState;
  const instance = findInstance(rds, input.DBInstanceIdentifier ?? '');
  if (instance.status !== 'available') throw invalidDbInstanceState('Database instance is not in available state.');
  refuseClusterLevelChanges(input);
  const cluster = ownEntry(rds.clusters, instance.clusterIdentifier);
  const version = cluster ? findEngineVersion(cluster.engine, cluster.engineVersion) : undefined;
  if (!cluster || !version) throw invalidDbInstanceState(`DB instance ${instance.identifier} has no DB cluster to take its settings from.`);

  const instanceClass = input.DBInstanceClass;
  if (instanceClass !== undefined) {
    if (!isOrderable(instanceClass, version)) {
      throw invalidParameterCombination(
        `RDS does not support creating a DB instance with the following combination: DBInstanceClass=${instanceClass}, Engine=${cluster.engine}, EngineVersion=${version.version}, LicenseModel=${ENGINE_DEFAULTS[cluster.engine].licenseModel}. For supported combinations of instance class and database engine version, see the documentation.`,
      );
    }
    if (instanceClass === SERVERLESS_V2_CLASS && cluster.serverlessV2Scaling === null) {
      throw invalidParameterCombination('Set the Serverless v2 scaling configuration on the parent DB cluster before modifying a DB instance to Serverless v2.');
    }
  }
  const promotionTier = input.PromotionTier === undefined ? undefined : checkPromotionTier(input.PromotionTier);
  const monitoringChanged = input.MonitoringInterval !== undefined || input.MonitoringRoleArn !== undefined;
  const monitoring = monitoringChanged
    ? checkMonitoring(input.MonitoringInterval ?? instance.monitoringInterval, input.MonitoringRoleArn ?? instance.monitoringRoleArn ?? undefined, ctx.accountId, ctx.state.iam)
    : undefined;
  const insightsChanged =
    input.EnablePerformanceInsights !== undefined || input.PerformanceInsightsKMSKeyId !== undefined || input.PerformanceInsightsRetentionPeriod !== undefined;
  const scope = keyScopeOf(ctx);
  const insights = insightsChanged
    ? checkPerformanceInsights(
        input.EnablePerformanceInsights ?? instance.performanceInsightsEnabled,
        input.PerformanceInsightsKMSKeyId ?? instance.performanceInsightsKmsKeyId ?? undefined,
        input.PerformanceInsightsRetentionPeriod ?? instance.performanceInsightsRetentionPeriod ?? undefined,
        scope,
      )
    : undefined;
  if (
    insights &&
    instance.performanceInsightsEnabled &&
    insights.performanceInsightsEnabled &&
    instance.performanceInsightsKmsKeyId !== null &&
    insights.performanceInsightsKmsKeyId !== instance.performanceInsightsKmsKeyId
  ) {
    throw invalidParameterCombination('You cannot change the KMS key used by Performance Insights once it has been turned on.');
  }
  const caCertificate = input.CACertificateIdentifier === undefined ? undefined : checkCaCertificate(input.CACertificateIdentifier);
  const maintenanceWindow = input.PreferredMaintenanceWindow === undefined
    ? undefined
    : chooseInstanceMaintenanceWindow(ctx.region, input.PreferredMaintenanceWindow, ctx.ids);
  const parameterGroup = input.DBParameterGroupName === undefined ? undefined : resolveInstanceParameterGroup(input.DBParameterGroupName, version, rds);

  // Accepted: from here on nothing throws.
  let busyFor = 0;
  if (promotionTier !== undefined) instance.promotionTier = promotionTier;
  if (input.PubliclyAccessible !== undefined) instance.publiclyAccessible = input.PubliclyAccessible;
  if (input.AutoMinorVersionUpgrade !== undefined) instance.autoMinorVersionUpgrade = input.AutoMinorVersionUpgrade;
  if (input.CopyTagsToSnapshot !== undefined) instance.copyTagsToSnapshot = input.CopyTagsToSnapshot;
  if (maintenanceWindow !== undefined) instance.preferredMaintenanceWindow = maintenanceWindow;
  if (caCertificate !== undefined && caCertificate !== instance.caCertificateIdentifier) {
    instance.caCertificateIdentifier = caCertificate;
    busyFor = Math.max(busyFor, MODIFY_MS);
  }
  if (parameterGroup !== undefined && parameterGroup !== instance.dbParameterGroupName) {
    instance.dbParameterGroupName = parameterGroup;
    busyFor = Math.max(busyFor, MODIFY_MS);
  }
  if (monitoring) {
    if (monitoring.monitoringInterval !== instance.monitoringInterval) busyFor = Math.max(busyFor, MODIFY_MS);
    instance.monitoringInterval = monitoring.monitoringInterval;
    instance.monitoringRoleArn = monitoring.monitoringRoleArn;
  }
  if (insights) {
    recordKmsKeyUse(scope, ctx.now, insights.performanceInsightsKmsKeyId);
    if (insights.performanceInsightsEnabled !== instance.performanceInsightsEnabled) busyFor = Math.max(busyFor, MODIFY_MS);
    instance.performanceInsightsEnabled = insights.performanceInsightsEnabled;
    instance.performanceInsightsKmsKeyId = insights.performanceInsightsKmsKeyId;
    instance.performanceInsightsRetentionPeriod = insights.performanceInsightsRetentionPeriod;
  }
  let pendingArmed = false;
  if (instanceClass !== undefined && instanceClass !== instance.instanceClass) {
    if (input.ApplyImmediately === true) {
      instance.instanceClass = instanceClass;
      instance.pendingModifications = undefined;
      busyFor = Math.max(busyFor, INSTANCE_CLASS_CHANGE_MS);
    } else {
      instance.pendingModifications = { instanceClass };
      pendingArmed = true;
    }
  } else if (instanceClass !== undefined && input.ApplyImmediately === true) {
    instance.pendingModifications = undefined;
  }
  if (busyFor > 0) {
    instance.status = 'modifying';
    scheduleInstanceModified(ctx, instance, busyFor);
  }
  if (pendingArmed) scheduleInstanceApplyPending(ctx, instance);
  return { DBInstance: renderDbInstance(rdsViewOf(ctx), instance) };
});
