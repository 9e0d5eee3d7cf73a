import { AwsError } from '../../aws-error';

/**
 * The constraint errors of AWS's JSON services (KMS, Secrets Manager, PI): `ValidationException`
 * (400) "1 validation error detected: Value <v> at '<member path>' failed to satisfy constraint:
 * <constraint>", the path in lowerCamel member names with list items as `<list>.<n>.member`.
 */
function violation(shownValue: string, path: string, constraint: string): AwsError {
  return new AwsError('ValidationException', `1 validation error detected: Value ${shownValue} at '${path}' failed to satisfy constraint: ${constraint}`, 400);
}

export function jsonValueNullError(path: string): AwsError {
  return violation('null', path, 'Member must not be null');
}

export function jsonEnumError(value: string, path: string, allowed: readonly string[]): AwsError {
  return violation(`'${value}'`, path, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
}

/** A member name as the JSON services spell it in constraint messages (`KeyId` → `keyId`). */
export function jsonMemberPath(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
