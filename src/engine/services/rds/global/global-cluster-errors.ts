import type { AwsError } from '../../../aws-error';
import { modeledError } from '../../../model/modeled-error';

export function globalClusterNotFound(identifier: string): AwsError {
  return modeledError('rds', 'GlobalClusterNotFoundFault', `Global cluster ${identifier} not found`);
}

export function globalClusterAlreadyExists(identifier: string): AwsError {
  return modeledError('rds', 'GlobalClusterAlreadyExistsFault', `Global cluster ${identifier} already exists`);
}

export function invalidGlobalClusterState(message: string): AwsError {
  return modeledError('rds', 'InvalidGlobalClusterStateFault', message);
}
