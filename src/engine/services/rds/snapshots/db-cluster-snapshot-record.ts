import type { DbClusterRecord } from '../clusters/db-cluster-record';
import type { RdsTagRecord } from '../rds-tag';

export type DbClusterSnapshotType = 'manual' | 'automated';
export type DbClusterSnapshotStatus = 'creating' | 'copying' | 'available';

/**
 * A cluster snapshot. `identifier` is lowercase; automated ones are named `rds:<cluster>-YYYY-MM-DD-HH-MM`.
 * `cluster` is the source cluster's configuration at snapshot time, which a restore starts from
 * (the source cluster may be gone by then).
 */
export interface DbClusterSnapshotRecord {
  readonly identifier: string;
  readonly snapshotType: DbClusterSnapshotType;
  status: DbClusterSnapshotStatus;
  /** Virtual epoch ms of the snapshot request (or, for a copy, the copy request). */
  readonly createdAt: number;
  readonly cluster: DbClusterRecord;
  readonly vpcId: string | null;
  readonly storageEncrypted: boolean;
  readonly kmsKeyId: string | null;
  /** The ARN of the snapshot this one was copied from, if a copy. */
  readonly sourceSnapshotArn: string | null;
  readonly tags: RdsTagRecord[];
}
