import { modeledError } from '../../../model/modeled-error';
import { ownEntry } from '../../shared/own-entry';
import { checkIdentifier, type IdentifierParameter } from '../identifiers';
import type { RdsRegionState } from '../rds-state';
import type { DbClusterSnapshotRecord } from './db-cluster-snapshot-record';

export function dbClusterSnapshotNotFound(requested: string) {
  return modeledError('rds', 'DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${requested} not found.`);
}

/**
 * The lowercase snapshot identifier a request names: a manual snapshot's identifier, an automated
 * one's `rds:` name, or either's ARN in this account and region (undefined for another one's ARN).
 */
export function snapshotKeyOf(value: string, region: string, accountId: string, parameter: IdentifierParameter): string | undefined {
  if (value.startsWith('arn:')) {
    const prefix = `arn:aws:rds:${region}:${accountId}:cluster-snapshot:`;
    return value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : undefined;
  }
  if (value.toLowerCase().startsWith('rds:')) return value.toLowerCase();
  return checkIdentifier(parameter, value);
}

/** The snapshot a request names, or DBClusterSnapshotNotFoundFault. */
export function findClusterSnapshot(
  rds: RdsRegionState,
  requested: string,
  scope: { readonly region: string; readonly accountId: string },
  parameter: IdentifierParameter = 'DBClusterSnapshotIdentifier',
): DbClusterSnapshotRecord {
  const key = snapshotKeyOf(requested, scope.region, scope.accountId, parameter);
  const snapshot = key === undefined ? undefined : ownEntry(rds.clusterSnapshots, key);
  if (!snapshot) throw dbClusterSnapshotNotFound(requested);
  return snapshot;
}

export function dbClusterSnapshotAlreadyExists(identifier: string) {
  return modeledError('rds', 'DBClusterSnapshotAlreadyExistsFault', `Cannot create the cluster snapshot because one with the identifier ${identifier} already exists.`);
}
