import type { AwsError } from '../../aws-error';
import { modeledError } from '../../model/modeled-error';

/** CloudWatch's modelled errors (wire code and HTTP status from the model). */
export function invalidParameterValue(message: string): AwsError {
  return modeledError('monitoring', 'InvalidParameterValueException', message);
}

export function invalidParameterCombination(message: string): AwsError {
  return modeledError('monitoring', 'InvalidParameterCombinationException', message);
}

export function missingParameter(message: string): AwsError {
  return modeledError('monitoring', 'MissingRequiredParameterException', message);
}

export function resourceNotFound(message: string): AwsError {
  return modeledError('monitoring', 'ResourceNotFound', message);
}

export function limitExceeded(message: string): AwsError {
  return modeledError('monitoring', 'LimitExceededFault', message);
}

export function invalidNextToken(message: string): AwsError {
  return modeledError('monitoring', 'InvalidNextToken', message);
}

/** The Coral front end's constraint failures: `ValidationError`, "1 validation error detected: ...". */
export function validationError(message: string): AwsError {
  return modeledError('monitoring', 'ValidationException', message);
}

export function invalidFormat(message: string): AwsError {
  return modeledError('monitoring', 'InvalidFormatFault', message);
}
