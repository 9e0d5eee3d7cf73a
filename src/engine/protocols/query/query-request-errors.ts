import { AwsError } from '../../aws-error';
import type { WireProtocolName } from '../../model/service-model';

/**
 * The errors a Query front end sends before any service logic runs. Codes and wording follow the
 * "Common Errors" every Query API reference lists (RDS and EC2 alike) and the classic Query
 * front-end messages ("The request must contain the parameter X", "Value (X) for parameter Y is
 * invalid. ...", "The action X is not valid for this web service.").
 */

/** Longest echo of a client's value in a message: enough to recognise it, never a whole body. */
const MAX_ECHOED_VALUE = 200;

function echo(value: string): string {
  return value.length > MAX_ECHOED_VALUE ? `${value.slice(0, MAX_ECHOED_VALUE)}...` : value;
}

/**
 * No `Action` at all. AWS's Query common errors define `MissingAction` (400) for exactly this; the
 * message is the classic Query front end's wording.
 */
export function missingActionError(): AwsError {
  return new AwsError('MissingAction', 'No action was supplied with this request.', 400);
}

/** A required parameter is absent (also used for a missing `Version`). */
export function missingParameterError(parameter: string): AwsError {
  return new AwsError('MissingParameter', `The request must contain the parameter ${parameter}`, 400);
}

/** `Version` names an API version this endpoint does not serve. */
export function noSuchVersionError(version: string, apiVersion: string): AwsError {
  return new AwsError(
    'NoSuchVersion',
    `The requested version (${echo(version)}) is not valid. This endpoint serves API version ${apiVersion}.`,
    400,
  );
}

export function invalidActionError(action: string): AwsError {
  return new AwsError('InvalidAction', `The action ${echo(action)} is not valid for this web service.`, 400);
}

/** A value of the wrong type or outside its enum (`expectation` completes the sentence). */
export function invalidParameterValueError(parameter: string, value: string, expectation: string): AwsError {
  return new AwsError(
    'InvalidParameterValue',
    `Value (${echo(value)}) for parameter ${parameter} is invalid. ${expectation}`,
    400,
  );
}

/**
 * The form body or query string cannot be decoded (bad percent-escape, unsupported charset).
 * AWS documents `MalformedQueryString` with HTTP 404, odd as that is, so it is sent as such.
 */
export function malformedQueryStringError(detail: string): AwsError {
  return new AwsError('MalformedQueryString', `The query string contains a syntax error: ${detail}`, 404);
}

/**
 * A parameter the operation does not have. EC2 has its own code for this (`UnknownParameter`,
 * "The parameter X is not recognized"). Other Query services document none, so they get
 * `InvalidQueryParameter`, the Query "Common Errors" entry for a request that "does not adhere to
 * AWS standards", with the same specific message.
 */
export function unknownParameterError(protocol: WireProtocolName, parameter: string): AwsError {
  const message = `The parameter ${echo(parameter)} is not recognized`;
  return protocol === 'ec2Query'
    ? new AwsError('UnknownParameter', message, 400)
    : new AwsError('InvalidQueryParameter', `${message} by this action.`, 400);
}
