import type { CreateDBInstanceMessage } from '@aws-sdk/client-rds';
import { resolveKmsKeyArn, awsManagedRdsKeyArn } from '../kms-keys';
import { invalidParameterCombination, invalidParameterValue, setOnClusterInstead } from '../rds-errors';
import type { KeyScope } from '../clusters/cluster-storage';
import type { IamState } from '../../iam/iam-state';
import { roleTrustsService } from '../../iam/roles/role-trusts-service';

/** Checks of a new Aurora instance's own settings (FACTS.md §2 rows named below). */

/** PromotionTier: 0–15, default 1. */
export function checkPromotionTier(tier: number | undefined): number {
  if (tier === undefined) return 1;
  if (!Number.isInteger(tier) || tier < 0 || tier > 15) {
    throw invalidParameterValue(`Invalid PromotionTier ${tier}. The promotion tier must be from 0 to 15.`);
  }
  return tier;
}

/** MonitoringInterval: 0, 1, 5, 10, 15, 30 or 60; a role is needed for anything but 0. */
const MONITORING_INTERVALS = [0, 1, 5, 10, 15, 30, 60];
const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

/** The service principal Enhanced Monitoring assumes the monitoring role as (RDS User Guide, USER_Monitoring.OS.Enabling). */
const ENHANCED_MONITORING_PRINCIPAL = 'monitoring.rds.amazonaws.com';

/** The role must exist in the account's IAM and trust `monitoring.rds.amazonaws.com`, or RDS refuses it. */
export function checkMonitoring(interval: number | undefined, roleArn: string | undefined, accountId: string, iam: IamState) {
  const monitoringInterval = interval ?? 0;
  if (!MONITORING_INTERVALS.includes(monitoringInterval)) {
    throw invalidParameterValue(`Invalid MonitoringInterval ${monitoringInterval}. Valid values are ${MONITORING_INTERVALS.join(', ')}.`);
  }
  if (monitoringInterval > 0 && roleArn === undefined) {
    throw invalidParameterCombination('A MonitoringRoleARN value is required if you specify a MonitoringInterval value other than 0.');
  }
  if (roleArn !== undefined && (ROLE_ARN.exec(roleArn)?.[1] !== accountId || !roleTrustsService(iam, accountId, roleArn, ENHANCED_MONITORING_PRINCIPAL))) {
    throw invalidParameterValue('IAM role ARN value is invalid or does not include the required permissions for: ENHANCED_MONITORING');
  }
  return { monitoringInterval, monitoringRoleArn: monitoringInterval > 0 ? (roleArn ?? null) : null };
}

/** Performance Insights retention: 7, 31 × n (n 1–23) or 731 days; default 7. */
function isValidRetention(days: number): boolean {
  return days === 7 || days === 731 || (Number.isInteger(days) && days % 31 === 0 && days / 31 >= 1 && days / 31 <= 23);
}

export function checkPerformanceInsights(
  enabled: boolean | undefined,
  kmsKeyId: string | undefined,
  retention: number | undefined,
  scope: KeyScope,
) {
  if (retention !== undefined && !isValidRetention(retention)) {
    throw invalidParameterValue(
      `Invalid PerformanceInsightsRetentionPeriod ${retention}. Valid values are 7, month * 31 (where month is a number of months from 1-23), and 731.`,
    );
  }
  if (enabled !== true) return { performanceInsightsEnabled: false, performanceInsightsKmsKeyId: null, performanceInsightsRetentionPeriod: null };
  return {
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId:
      kmsKeyId === undefined ? awsManagedRdsKeyArn(scope.seed, scope.region, scope.accountId) : resolveKmsKeyArn(kmsKeyId, scope),
    performanceInsightsRetentionPeriod: retention ?? 7,
  };
}

/** Certificate authorities RDS offers for new instances; `rds-ca-rsa2048-g1` is the default. */
const CA_CERTIFICATES = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'];

export function checkCaCertificate(requested: string | undefined): string {
  if (requested === undefined) return CA_CERTIFICATES[0];
  if (!CA_CERTIFICATES.includes(requested)) {
    throw invalidParameterValue(`CACertificateIdentifier ${requested} is not a valid certificate identifier. Valid values: ${CA_CERTIFICATES.join(', ')}.`);
  }
  return requested;
}

/** Settings an Aurora instance takes from its cluster; RDS refuses them on the instance. */
export function refuseClusterLevelSettings(input: CreateDBInstanceMessage): void {
  if (input.MasterUsername !== undefined) throw setOnClusterInstead('master username');
  if (input.MasterUserPassword !== undefined || input.ManageMasterUserPassword !== undefined) throw setOnClusterInstead('master user password');
  if (input.DBName !== undefined) throw setOnClusterInstead('database name');
  if (input.BackupRetentionPeriod !== undefined) throw setOnClusterInstead('backup retention period');
  if (input.PreferredBackupWindow !== undefined) throw setOnClusterInstead('backup window');
  if (input.VpcSecurityGroupIds !== undefined && input.VpcSecurityGroupIds.length > 0) throw setOnClusterInstead('vpc security group');
  if (input.StorageEncrypted !== undefined || input.KmsKeyId !== undefined) throw setOnClusterInstead('storage encryption');
  if (input.AllocatedStorage !== undefined) {
    throw invalidParameterCombination("The requested DB instance will be a member of a DB cluster. You don't need to set storage size.");
  }
  if (input.MultiAZ === true) {
    throw invalidParameterCombination('Aurora DB instances are not Multi-AZ deployments; add Aurora Replicas in other AZs instead.');
  }
}
