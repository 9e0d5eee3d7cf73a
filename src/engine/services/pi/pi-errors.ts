import type { AwsError } from '../../aws-error';
import { modeledError } from '../../model/modeled-error';

export function invalidArgument(message: string): AwsError {
  return modeledError('pi', 'InvalidArgumentException', message);
}

/**
 * What Performance Insights answers for a resource it has no data for: an identifier that is not a
 * DbiResourceId of this account and Region, or an instance with Performance Insights off.
 */
export function notAuthorized(serviceType: string, identifier: string): AwsError {
  return modeledError('pi', 'NotAuthorizedException', `The resource ${identifier} for service type ${serviceType} is not authorized for this account`);
}
