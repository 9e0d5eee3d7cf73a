import type { AuroraEngine } from '../catalog/aurora-engines';
import type { RdsTagRecord } from '../rds-tag';

/** A regional DB cluster attached to a global cluster. */
export interface GlobalClusterMemberRecord {
  readonly region: string;
  readonly clusterIdentifier: string;
  /** Tells apart a later cluster that reuses the name of a deleted member. */
  readonly clusterResourceId: string;
  /** The primary (read/write) cluster; every other member is a read-only secondary. */
  isWriter: boolean;
}

/**
 * `FailoverState.Status`. The API reference lists `switching-over`, which the SDK's enum lacks
 * (it only has pending / failing-over / cancelling).
 */
export type GlobalFailoverStatus = 'pending' | 'failing-over' | 'switching-over' | 'cancelling';

/** An in-progress switchover or failover (`FailoverState`). */
export interface GlobalFailoverRecord {
  status: GlobalFailoverStatus;
  readonly fromRegion: string;
  readonly fromClusterIdentifier: string;
  readonly toRegion: string;
  readonly toClusterIdentifier: string;
  readonly isDataLossAllowed: boolean;
}

export type GlobalClusterStatus = 'creating' | 'available' | 'modifying' | 'switching-over' | 'failing-over' | 'deleting';

/**
 * An Aurora global database as the sandbox keeps it. It is stored in the RDS state of the region
 * where it was created, but is account-wide: look it up with `findGlobalCluster`.
 */
export interface GlobalClusterRecord {
  identifier: string;
  /** `cluster-` + 16 hex digits, as AWS shows it. */
  readonly resourceId: string;
  /** The 12 characters of the writer endpoint's `<id>.global-<suffix>.global.rds.amazonaws.com`. */
  readonly endpointSuffix: string;
  readonly engine: AuroraEngine;
  engineVersion: string;
  readonly engineLifecycleSupport: string;
  readonly databaseName: string | null;
  readonly storageEncrypted: boolean;
  deletionProtection: boolean;
  status: GlobalClusterStatus;
  readonly createdAt: number;
  /** Primary first, then secondaries in the order they joined. */
  members: GlobalClusterMemberRecord[];
  failover: GlobalFailoverRecord | null;
  readonly tags: RdsTagRecord[];
}
