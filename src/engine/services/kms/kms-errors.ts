import { AwsError } from '../../aws-error';
import { modeledError } from '../../model/modeled-error';

/**
 * KMS's errors. Wording follows what KMS sends ("Invalid keyId x", "Key '<arn>' does not exist",
 * "Alias <alias arn> is not found.", "<arn> is pending deletion.", "An alias with the name <alias
 * arn> already exists") and, for constraint violations, the "1 validation error detected: Value 'v'
 * at 'member' failed to satisfy constraint: ..." form of AWS's JSON services.
 */

export function invalidKeyId(keyId: string): AwsError {
  return modeledError('kms', 'NotFoundException', `Invalid keyId ${keyId}`);
}

export function keyDoesNotExist(keyArn: string): AwsError {
  return modeledError('kms', 'NotFoundException', `Key '${keyArn}' does not exist`);
}

export function aliasNotFound(aliasArn: string): AwsError {
  return modeledError('kms', 'NotFoundException', `Alias ${aliasArn} is not found.`);
}

export function invalidArnRegion(region: string): AwsError {
  return modeledError('kms', 'NotFoundException', `Invalid arn ${region}`);
}

export function aliasAlreadyExists(aliasArn: string): AwsError {
  return modeledError('kms', 'AlreadyExistsException', `An alias with the name ${aliasArn} already exists`);
}

export function keyPendingDeletion(keyArn: string): AwsError {
  return modeledError('kms', 'KMSInvalidStateException', `${keyArn} is pending deletion.`);
}

export function keyNotPendingDeletion(keyArn: string): AwsError {
  return modeledError('kms', 'KMSInvalidStateException', `${keyArn} is not pending deletion.`);
}

export function validationException(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

/** One violated model constraint, in the form AWS's JSON services answer it. */
export function constraintViolation(value: string, member: string, constraint: string): AwsError {
  return validationException(`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`);
}

/**
 * What the key policy of an AWS managed key answers to anything but use through its service and
 * reading its metadata: IAM's AccessDeniedException naming the caller and the action.
 */
export function accessDenied(callerArn: string, action: string, keyArn: string): AwsError {
  return new AwsError(
    'AccessDeniedException',
    `User: ${callerArn} is not authorized to perform: kms:${action} on resource: ${keyArn} because no resource-based policy allows the kms:${action} action`,
    400,
  );
}
