import { invalidParameterValue } from '../rds-errors';

/** 1–255 characters, a letter first, then letters, digits, `-`, `:`, `.` or `_` (FACTS.md §2, BC). */
const GLOBAL_CLUSTER_IDENTIFIER = /^[A-Za-z][0-9A-Za-z\-:._]{0,254}$/;

/** Checks a global cluster identifier and returns it as RDS stores it (lowercase). */
export function checkGlobalClusterIdentifier(parameter: string, value: string): string {
  if (!GLOBAL_CLUSTER_IDENTIFIER.test(value)) {
    throw invalidParameterValue(
      `The parameter ${parameter} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, hyphens, colons, periods and underscores; and must be 1 to 255 characters long.`,
    );
  }
  return value.toLowerCase();
}

/** Global clusters have no region in their ARN: `arn:aws:rds::123456789012:global-cluster:name`. */
export function globalClusterArn(accountId: string, identifier: string): string {
  return `arn:aws:rds::${accountId}:global-cluster:${identifier}`;
}
