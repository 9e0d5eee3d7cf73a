import { ownEntry } from '../../shared/own-entry';
import type { RdsRegionState } from '../rds-state';
import { dbClusterEndpointNotFound } from './cluster-endpoint-errors';
import type { DbClusterEndpointRecord } from './db-cluster-endpoint-record';

/**
 * Whether a custom endpoint still exists: its cluster (the same one, by resource id) must too.
 * Deleting a cluster takes its custom endpoints with it, so an endpoint left behind by a deleted
 * cluster is treated as gone (and its name is free again).
 */
export function endpointIsLive(rds: RdsRegionState, endpoint: DbClusterEndpointRecord): boolean {
  const cluster = ownEntry(rds.clusters, endpoint.clusterIdentifier);
  return cluster !== undefined && cluster.resourceId === endpoint.clusterResourceId;
}

/** The live custom endpoint named `identifier` (any case), if any. */
export function liveEndpoint(rds: RdsRegionState, identifier: string): DbClusterEndpointRecord | undefined {
  const endpoint = ownEntry(rds.clusterEndpoints, identifier.toLowerCase());
  return endpoint && endpointIsLive(rds, endpoint) ? endpoint : undefined;
}

/** The live custom endpoint a request names, or DBClusterEndpointNotFoundFault. */
export function findClusterEndpoint(rds: RdsRegionState, requested: string): DbClusterEndpointRecord {
  const endpoint = liveEndpoint(rds, requested);
  if (!endpoint) throw dbClusterEndpointNotFound(requested);
  return endpoint;
}

/** A cluster's live custom endpoints, in creation order. */
export function customEndpointsOf(rds: RdsRegionState, clusterIdentifier: string): DbClusterEndpointRecord[] {
  return Object.values(rds.clusterEndpoints).filter(
    (endpoint) => endpoint.clusterIdentifier === clusterIdentifier && endpointIsLive(rds, endpoint),
  );
}
