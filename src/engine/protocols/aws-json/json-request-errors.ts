import { AwsError } from '../../aws-error';

/**
 * The errors AWS's JSON front end (Coral) sends before any service logic runs. Codes and wording
 * follow what Coral answers: `UnknownOperationException` for a missing or foreign `X-Amz-Target`,
 * `SerializationException` for a body that is not JSON or a member of the wrong JSON type
 * ("class java.lang.Boolean can not be converted to an String", "Start of structure or map found
 * where not expected.").
 */

/** Longest echo of a client's value in a message. */
const MAX_ECHOED_VALUE = 200;

function echo(value: string): string {
  return value.length > MAX_ECHOED_VALUE ? `${value.slice(0, MAX_ECHOED_VALUE)}...` : value;
}

export function unknownOperationError(): AwsError {
  return new AwsError('UnknownOperationException', 'The requested operation is not recognized by the service.', 400);
}

export function serializationError(message: string): AwsError {
  return new AwsError('SerializationException', message, 400);
}

/** The body is not a JSON document at all. */
export function malformedJsonError(): AwsError {
  return serializationError('The request body is not a valid JSON document.');
}

/** The JSON type names Coral uses in its conversion messages. */
export type CoralType = 'String' | 'Integer' | 'Boolean' | 'Blob' | 'Timestamp';

/** A JSON value that cannot become the expected scalar type. */
export function conversionError(value: unknown, target: CoralType): AwsError {
  if (Array.isArray(value)) return serializationError('Start of list found where not expected');
  if (typeof value === 'object' && value !== null) return serializationError('Start of structure or map found where not expected.');
  const into = target === 'Blob' ? 'a Blob' : target === 'Timestamp' ? 'milliseconds since epoch' : `an ${target}`;
  if (typeof value === 'boolean') return serializationError(`class java.lang.Boolean can not be converted to ${into}`);
  if (typeof value === 'number') {
    return serializationError(`class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to ${into}`);
  }
  if (target === 'Boolean') return serializationError(`'${echo(String(value).toUpperCase())}' can not be converted to an Boolean`);
  return serializationError(`class java.lang.String can not be converted to ${into}`);
}

/** A string that is not valid base64 for a blob member. */
export function invalidBase64Error(value: string, detail: string): AwsError {
  return serializationError(`'${echo(value)}' can not be converted to a Blob: ${detail}`);
}

/** A scalar where a list, map or structure was expected. */
export function expectedContainerError(kind: 'list' | 'map' | 'structure', value: unknown): AwsError {
  if (kind === 'list') {
    return typeof value === 'object' ? serializationError('Start of structure or map found where not expected.') : serializationError('Expected list or null');
  }
  if (Array.isArray(value)) return serializationError('Start of list found where not expected');
  return serializationError(kind === 'map' ? 'Expected map or null' : 'Expected null');
}
