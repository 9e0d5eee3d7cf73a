import { AwsError } from '../../aws-error';
import { modeledError } from '../../model/modeled-error';

/**
 * IAM's errors, in IAM's own words. Codes and statuses come from the model (`NoSuchEntity` 404,
 * `EntityAlreadyExists` 409, ...); `ValidationError` is the common AWS error IAM answers for a
 * parameter outside its modelled constraints, which the model does not declare.
 */
export function roleNotFound(roleName: string): AwsError {
  return modeledError('iam', 'NoSuchEntityException', `The role with name ${roleName} cannot be found.`);
}

export function roleAlreadyExists(roleName: string): AwsError {
  return modeledError('iam', 'EntityAlreadyExistsException', `Role with name ${roleName} already exists.`);
}

export function policyAlreadyExists(policyName: string): AwsError {
  return modeledError('iam', 'EntityAlreadyExistsException', `A policy called ${policyName} already exists. Duplicate names are not allowed.`);
}

export function policyNotFound(policyArn: string): AwsError {
  return modeledError('iam', 'NoSuchEntityException', `Policy ${policyArn} was not found.`);
}

export function policyNotAttachable(policyArn: string): AwsError {
  return modeledError('iam', 'NoSuchEntityException', `Policy ${policyArn} does not exist or is not attachable.`);
}

export function policyVersionNotFound(policyArn: string, versionId: string): AwsError {
  return modeledError('iam', 'NoSuchEntityException', `Policy ${policyArn} version ${versionId} does not exist or is not attachable.`);
}

export function rolePolicyNotFound(policyName: string): AwsError {
  return modeledError('iam', 'NoSuchEntityException', `The role policy with name ${policyName} cannot be found.`);
}

export function invalidArn(arn: string): AwsError {
  return modeledError('iam', 'InvalidInputException', `ARN ${arn} is not valid.`);
}

export function invalidInput(message: string): AwsError {
  return modeledError('iam', 'InvalidInputException', message);
}

export function deleteConflict(message: string): AwsError {
  return modeledError('iam', 'DeleteConflictException', message);
}

export function limitExceeded(message: string): AwsError {
  return modeledError('iam', 'LimitExceededException', message);
}

export function malformedPolicyDocument(message: string): AwsError {
  return modeledError('iam', 'MalformedPolicyDocumentException', message);
}

export function validationError(violations: readonly string[]): AwsError {
  const count = violations.length === 1 ? '1 validation error detected' : `${violations.length} validation errors detected`;
  return new AwsError('ValidationError', `${count}: ${violations.join('; ')}`, 400);
}
