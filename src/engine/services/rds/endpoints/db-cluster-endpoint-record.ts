import type { RdsTagRecord } from '../rds-tag';

/** A custom endpoint's status (BC DBClusterEndpoint.Status; `inactive` is not reachable here). */
export type DbClusterEndpointStatus = 'creating' | 'available' | 'modifying' | 'deleting' | 'inactive';

/** What a custom endpoint routes to: readers only, or any instance (UG/Aurora.Endpoints.Custom.html). */
export type CustomEndpointType = 'READER' | 'ANY';

/**
 * A custom Aurora cluster endpoint. The cluster's built-in WRITER and READER endpoints are not
 * stored: they are derived from the cluster when described.
 */
export interface DbClusterEndpointRecord {
  /** Lowercase, unique in the account and region (its DNS name is `<id>.cluster-custom-<suffix>`). */
  readonly identifier: string;
  /** `cluster-endpoint-` + 20 upper alphanumerics. */
  readonly resourceId: string;
  readonly clusterIdentifier: string;
  /** The cluster's resource id: an endpoint whose cluster has gone (or was replaced) is gone too. */
  readonly clusterResourceId: string;
  status: DbClusterEndpointStatus;
  customEndpointType: CustomEndpointType;
  staticMembers: string[];
  excludedMembers: string[];
  readonly tags: RdsTagRecord[];
}
