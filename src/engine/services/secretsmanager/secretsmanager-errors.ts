import { AwsError } from '../../aws-error';
import { modeledError } from '../../model/modeled-error';

/** Secrets Manager's errors (all modelled, HTTP 400), with the messages AWS sends where known. */
export function secretNotFound(): AwsError {
  return modeledError('secretsmanager', 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
}

export function secretValueNotFoundForStage(stage: string): AwsError {
  return modeledError('secretsmanager', 'ResourceNotFoundException', `Secrets Manager can't find the specified secret value for staging label: ${stage}`);
}

export function secretValueNotFoundForVersion(versionId: string): AwsError {
  return modeledError('secretsmanager', 'ResourceNotFoundException', `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`);
}

export function secretAlreadyExists(name: string): AwsError {
  return modeledError('secretsmanager', 'ResourceExistsException', `The operation failed because the secret ${name} already exists.`);
}

export function invalidParameter(message: string): AwsError {
  return modeledError('secretsmanager', 'InvalidParameterException', message);
}

export function invalidRequest(message: string): AwsError {
  return modeledError('secretsmanager', 'InvalidRequestException', message);
}

export function markedForDeletion(): AwsError {
  return invalidRequest("You can't perform this operation on the secret because it was marked for deletion.");
}

export function invalidNextToken(): AwsError {
  return modeledError('secretsmanager', 'InvalidNextTokenException', 'The NextToken value is invalid.');
}

/**
 * A member outside its modelled range. Secrets Manager's model declares no `ValidationException`,
 * but AWS's request validation answers range violations with it, in this form.
 */
export function validationError(value: string | number, member: string, constraint: string): AwsError {
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
    400,
  );
}
