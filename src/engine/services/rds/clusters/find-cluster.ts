import { ownEntry } from '../../shared/own-entry';
import { checkIdentifier } from '../identifiers';
import { dbClusterNotFound } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import type { DbClusterRecord } from './db-cluster-record';

/** The cluster a request names by identifier (checked, case-insensitive), or DBClusterNotFoundFault. */
export function findCluster(rds: RdsRegionState, requested: string): DbClusterRecord {
  const cluster = ownEntry(rds.clusters, checkIdentifier('DBClusterIdentifier', requested));
  if (!cluster) throw dbClusterNotFound(requested);
  return cluster;
}
