import type { AuroraEngine } from '../catalog/aurora-engines';
import type { RdsTagRecord } from '../rds-tag';

/** Instance statuses (FACTS.md §3). Only some are reachable yet; the rest are for later work. */
export type DbInstanceStatus =
  | 'available'
  | 'backing-up'
  | 'configuring-enhanced-monitoring'
  | 'configuring-iam-database-auth'
  | 'configuring-log-exports'
  | 'creating'
  | 'deleting'
  | 'failed'
  | 'maintenance'
  | 'modifying'
  | 'rebooting'
  | 'renaming'
  | 'starting'
  | 'stopped'
  | 'stopping'
  | 'upgrading';

/**
 * An Aurora DB instance as the sandbox keeps it. Everything an Aurora instance shares with its
 * cluster (engine version, storage, encryption, backups, network) is read from the cluster.
 */
export interface DbInstanceRecord {
  readonly identifier: string;
  /** `db-` + 26 upper alphanumerics; also tells apart two instances that shared a name. */
  readonly resourceId: string;
  readonly clusterIdentifier: string;
  readonly engine: AuroraEngine;
  readonly instanceClass: string;
  status: DbInstanceStatus;
  readonly createdAt: number;
  /** When it became available (`InstanceCreateTime`), else null. */
  availableAt: number | null;
  readonly availabilityZone: string;
  readonly promotionTier: number;
  readonly publiclyAccessible: boolean;
  readonly preferredMaintenanceWindow: string;
  readonly autoMinorVersionUpgrade: boolean;
  readonly dbParameterGroupName: string;
  readonly monitoringInterval: number;
  readonly monitoringRoleArn: string | null;
  readonly performanceInsightsEnabled: boolean;
  readonly performanceInsightsKmsKeyId: string | null;
  readonly performanceInsightsRetentionPeriod: number | null;
  readonly caCertificateIdentifier: string;
  readonly copyTagsToSnapshot: boolean;
  readonly tags: RdsTagRecord[];
}
