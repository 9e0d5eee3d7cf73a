import { AwsError } from '../../aws-error';

/**
 * The constraint errors of AWS's newer front end: "1 validation error detected: Value <v> at
 * '<member path>' failed to satisfy constraint: <constraint>" (400), the path in lowerCamel member
 * names with list items as `<list>.<n>.member`. JSON services (KMS, Secrets Manager, PI) call it
 * `ValidationException`; the Query services built on the same front end (CloudWatch, IAM, STS)
 * `ValidationError`.
 */
export type ConstraintErrorCode = 'ValidationException' | 'ValidationError';

function violation(code: ConstraintErrorCode, shownValue: string, path: string, constraint: string): AwsError {
  return new AwsError(code, `1 validation error detected: Value ${shownValue} at '${path}' failed to satisfy constraint: ${constraint}`, 400);
}

export function jsonValueNullError(path: string, code: ConstraintErrorCode = 'ValidationException'): AwsError {
  return violation(code, 'null', path, 'Member must not be null');
}

export function jsonEnumError(value: string, path: string, allowed: readonly string[], code: ConstraintErrorCode = 'ValidationException'): AwsError {
  return violation(code, `'${value}'`, path, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
}

/** A member name as the JSON services spell it in constraint messages (`KeyId` → `keyId`). */
export function jsonMemberPath(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
