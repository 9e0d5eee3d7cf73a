import type { AuroraEngine } from '../catalog/aurora-engines';
import type { RdsTagRecord } from '../rds-tag';
import type { InstancePendingModificationsRecord } from './modify-db-instance-pending';

/** Instance statuses (FACTS.md §3). Only some are reachable yet; the rest are for later work. */
export type DbInstanceStatus =
  | 'available'
  | 'backing-up'
  | 'backtracking'
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
  clusterIdentifier: string;
  readonly engine: AuroraEngine;
  instanceClass: string;
  status: DbInstanceStatus;
  readonly createdAt: number;
  /** When it became available (`InstanceCreateTime`), else null. */
  availableAt: number | null;
  readonly availabilityZone: string;
  promotionTier: number;
  publiclyAccessible: boolean;
  preferredMaintenanceWindow: string;
  autoMinorVersionUpgrade: boolean;
  dbParameterGroupName: string;
  monitoringInterval: number;
  monitoringRoleArn: string | null;
  performanceInsightsEnabled: boolean;
  performanceInsightsKmsKeyId: string | null;
  performanceInsightsRetentionPeriod: number | null;
  caCertificateIdentifier: string;
  copyTagsToSnapshot: boolean;
  readonly tags: RdsTagRecord[];
  /** Changes waiting for the next maintenance window (ModifyDBInstance without ApplyImmediately). */
  pendingModifications?: InstancePendingModificationsRecord;
  /** Bumped by modify/reboot/stop/start so stale scheduled transitions of those can tell they are stale. */
  lifecycleToken?: number;
}
