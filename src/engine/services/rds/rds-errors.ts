import { AwsError } from '../../aws-error';
import { modeledError } from '../../model/modeled-error';

/**
 * RDS's errors. `InvalidParameterValue` and `InvalidParameterCombination` are common AWS errors
 * the RDS model does not declare; the rest come from the model so code and status match the wire.
 */
export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, 400);
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombination', message, 400);
}

export function dbClusterNotFound(identifier: string): AwsError {
  return modeledError('rds', 'DBClusterNotFoundFault', `DBCluster ${identifier} not found.`);
}

export function dbClusterAlreadyExists(): AwsError {
  return modeledError('rds', 'DBClusterAlreadyExistsFault', 'DB Cluster already exists');
}

export function dbInstanceNotFound(identifier: string): AwsError {
  return modeledError('rds', 'DBInstanceNotFoundFault', `DBInstance ${identifier} not found.`);
}

export function dbInstanceAlreadyExists(): AwsError {
  return modeledError('rds', 'DBInstanceAlreadyExistsFault', 'DB instance already exists');
}

export function dbSubnetGroupNotFound(name: string): AwsError {
  return modeledError('rds', 'DBSubnetGroupNotFoundFault', `DB subnet group '${name}' does not exist.`);
}

export function dbSubnetGroupAlreadyExists(name: string): AwsError {
  return modeledError('rds', 'DBSubnetGroupAlreadyExistsFault', `The DB subnet group '${name}' already exists.`);
}

export function invalidDbClusterState(message: string): AwsError {
  return modeledError('rds', 'InvalidDBClusterStateFault', message);
}

export function invalidDbInstanceState(message: string): AwsError {
  return modeledError('rds', 'InvalidDBInstanceStateFault', message);
}

/** For a cluster member, settings that belong to the cluster are refused with this wording. */
export function setOnClusterInstead(setting: string): AwsError {
  return invalidParameterCombination(`The requested DB Instance will be a member of a DB Cluster. Set ${setting} for the DB Cluster.`);
}
