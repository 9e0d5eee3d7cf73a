import type { AwsError } from '../../../aws-error';
import { modeledError } from '../../../model/modeled-error';

/** The custom-endpoint faults, with codes and statuses from the model (FACTS.md §7). */
export function dbClusterEndpointNotFound(identifier: string): AwsError {
  return modeledError('rds', 'DBClusterEndpointNotFoundFault', `DBClusterEndpoint ${identifier} not found.`);
}

export function dbClusterEndpointAlreadyExists(identifier: string): AwsError {
  return modeledError('rds', 'DBClusterEndpointAlreadyExistsFault', `DB Cluster Endpoint ${identifier} already exists.`);
}

export function dbClusterEndpointQuotaExceeded(clusterIdentifier: string, quota: number): AwsError {
  return modeledError(
    'rds',
    'DBClusterEndpointQuotaExceededFault',
    `Cannot create more than ${quota} custom endpoints for DB cluster ${clusterIdentifier}.`,
  );
}

export function invalidDbClusterEndpointState(identifier: string, status: string): AwsError {
  return modeledError('rds', 'InvalidDBClusterEndpointStateFault', `DB cluster endpoint ${identifier} is not available; its status is ${status}.`);
}
