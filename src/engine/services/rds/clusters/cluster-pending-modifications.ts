import type { ClusterPendingModifiedValues } from '@aws-sdk/client-rds';

/**
 * What a ModifyDBCluster without `ApplyImmediately` left for the next maintenance window. Per the
 * RDS API reference (ModifyDBClusterMessage.ApplyImmediately, 2019–2023 wording) only
 * `EnableIAMDatabaseAuthentication` and `NewDBClusterIdentifier` wait for the window on Aurora,
 * and `EngineVersion` does too ("applied during the next maintenance window unless ApplyImmediately
 * is enabled"); everything else applies at once.
 */
export interface ClusterPendingModificationsRecord {
  iamDatabaseAuthenticationEnabled?: boolean;
  dbClusterIdentifier?: string;
  engineVersion?: string;
  /** Set with `engineVersion` when the upgrade moves to another parameter group family. */
  dbClusterParameterGroupName?: string;
}

export function hasPendingClusterModifications(pending: ClusterPendingModificationsRecord | undefined): boolean {
  return pending !== undefined && Object.values(pending).some((value) => value !== undefined);
}

/** `PendingModifiedValues` of a DescribeDBClusters answer (omitted when nothing waits). */
export function renderClusterPendingModifications(pending: ClusterPendingModificationsRecord | undefined): ClusterPendingModifiedValues | undefined {
  if (!pending || !hasPendingClusterModifications(pending)) return undefined;
  return {
    IAMDatabaseAuthenticationEnabled: pending.iamDatabaseAuthenticationEnabled,
    DBClusterIdentifier: pending.dbClusterIdentifier,
    EngineVersion: pending.engineVersion,
  };
}
