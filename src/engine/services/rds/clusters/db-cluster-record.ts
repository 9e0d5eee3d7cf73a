import type { AuroraEngine } from '../catalog/aurora-engines';
import type { EngineMode } from '../catalog/engine-versions';
import type { RdsTagRecord } from '../rds-tag';
import type { ClusterPendingModificationsRecord } from './cluster-pending-modifications';
import type { ServerlessV1RuntimeRecord } from './serverless-v1-activity';

/** Cluster statuses (FACTS.md §3). Only some are reachable yet; the rest are for later work. */
export type DbClusterStatus =
  | 'available'
  | 'backing-up'
  | 'backtracking'
  | 'creating'
  | 'deleting'
  | 'failing-over'
  | 'maintenance'
  | 'modifying'
  | 'promoting'
  | 'renaming'
  | 'resetting-master-credentials'
  | 'starting'
  | 'stopped'
  | 'stopping'
  | 'upgrading';

/** Serverless v1 scaling (`ScalingConfiguration`), with AWS's defaults filled in. */
export interface ServerlessV1ScalingRecord {
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly autoPause: boolean;
  readonly secondsUntilAutoPause: number;
  readonly timeoutAction: string;
  readonly secondsBeforeTimeout: number;
}

/** Serverless v2 scaling (`ServerlessV2ScalingConfiguration`). */
export interface ServerlessV2ScalingRecord {
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Only meaningful when `minCapacity` is 0. */
  readonly secondsUntilAutoPause: number | null;
}

/** The RDS-managed master password secret (`ManageMasterUserPassword`). */
export interface MasterUserSecretRecord {
  readonly secretArn: string;
  readonly kmsKeyId: string;
  status: 'creating' | 'active';
}

/**
 * An Aurora DB cluster as the sandbox keeps it. `identifier` is lowercase. Membership lives on the
 * instances (`DbInstanceRecord.clusterIdentifier`); the writer is named here so a failover is one
 * assignment.
 */
export interface DbClusterRecord {
  identifier: string;
  /** `cluster-` + 26 upper alphanumerics; also tells apart two clusters that shared a name. */
  readonly resourceId: string;
  readonly engine: AuroraEngine;
  engineVersion: string;
  readonly engineMode: EngineMode;
  status: DbClusterStatus;
  readonly createdAt: number;
  /** When it first became available (its earliest restorable time), else null. */
  availableAt: number | null;
  readonly masterUsername: string;
  /** Turned on or off by ModifyDBCluster `ManageMasterUserPassword`. */
  masterUserSecret: MasterUserSecretRecord | null;
  readonly databaseName: string | null;
  port: number;
  readonly dbSubnetGroupName: string;
  vpcSecurityGroupIds: string[];
  dbClusterParameterGroupName: string;
  readonly availabilityZones: string[];
  backupRetentionPeriod: number;
  preferredBackupWindow: string;
  preferredMaintenanceWindow: string;
  readonly storageEncrypted: boolean;
  readonly kmsKeyId: string | null;
  readonly storageType: string;
  deletionProtection: boolean;
  copyTagsToSnapshot: boolean;
  iamDatabaseAuthenticationEnabled: boolean;
  enabledCloudwatchLogsExports: string[];
  /** Seconds; 0 means backtracking is off. Aurora MySQL only. */
  backtrackWindow: number;
  httpEndpointEnabled: boolean;
  serverlessV1Scaling: ServerlessV1ScalingRecord | null;
  serverlessV2Scaling: ServerlessV2ScalingRecord | null;
  readonly engineLifecycleSupport: string;
  readonly networkType: string;
  autoMinorVersionUpgrade: boolean;
  /** The instance currently the writer, or null (no instances yet, or all gone). */
  writerIdentifier: string | null;
  /** The global database this cluster belongs to (set and cleared by global/*), else absent. */
  globalClusterIdentifier?: string | null;
  /** A read-only secondary of a global database: none of its instances is a writer (global/*). */
  globalSecondary?: boolean;
  readonly tags: RdsTagRecord[];
  /** Changes waiting for the next maintenance window (ModifyDBCluster without ApplyImmediately). */
  pendingModifications?: ClusterPendingModificationsRecord;
  /** Serverless v1 only: current capacity (0 while paused) and idle tracking. */
  serverlessV1Runtime?: ServerlessV1RuntimeRecord;
  /** Bumped by modify/stop/start so stale scheduled transitions of those can tell they are stale. */
  lifecycleToken?: number;
  /** Shared by a cluster and its copy-on-write clones (RestoreDBClusterToPointInTime, restore/). */
  cloneGroupId?: string;
}
