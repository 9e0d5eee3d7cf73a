import { invalidParameterValue } from './rds-errors';

/** 1–63 letters, digits or hyphens; a letter first; no trailing hyphen and no `--` (FACTS.md §2). */
const RESOURCE_IDENTIFIER = /^[A-Za-z](?:-?[A-Za-z0-9])*$/;
const MAX_RESOURCE_IDENTIFIER = 63;

/** Up to 255 letters, digits, `.`, `_`, spaces or hyphens; a letter first (FACTS.md §2). */
const SUBNET_GROUP_NAME = /^[A-Za-z][A-Za-z0-9._ -]*$/;
const MAX_SUBNET_GROUP_NAME = 255;

export type IdentifierParameter = 'DBClusterIdentifier' | 'DBInstanceIdentifier' | 'FinalDBSnapshotIdentifier' | 'Filter: db-cluster-id' | 'Filter: db-instance-id'
  | 'DBClusterSnapshotIdentifier' | 'SourceDBClusterSnapshotIdentifier' | 'TargetDBClusterSnapshotIdentifier' | 'SourceDBClusterIdentifier';

export function isValidIdentifier(value: string): boolean {
  return value.length <= MAX_RESOURCE_IDENTIFIER && RESOURCE_IDENTIFIER.test(value);
}

/**
 * Checks a cluster / instance / snapshot identifier and returns it as RDS stores it (lowercase).
 * Throws AWS's `InvalidParameterValue` naming the parameter.
 */
export function checkIdentifier(parameter: IdentifierParameter, value: string): string {
  if (!isValidIdentifier(value)) {
    throw invalidParameterValue(
      `The parameter ${parameter} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.`,
    );
  }
  return value.toLowerCase();
}

/** Checks a DB subnet group name and returns it lowercased, as RDS stores it. */
export function checkSubnetGroupName(value: string): string {
  if (value.length > MAX_SUBNET_GROUP_NAME || !SUBNET_GROUP_NAME.test(value)) {
    throw invalidParameterValue('The parameter DBSubnetGroupName is not in the form of a valid database subnet group name.');
  }
  return value.toLowerCase();
}

export type RdsArnKind = 'cluster' | 'db' | 'subgrp' | 'cluster-snapshot';

export function rdsArn(region: string, accountId: string, kind: RdsArnKind, name: string): string {
  return `arn:aws:rds:${region}:${accountId}:${kind}:${name}`;
}

/**
 * Describe operations accept either a bare identifier or the resource's ARN. Returns the
 * lowercase identifier the value names in this account and region, or undefined for an ARN of
 * another kind, region or account (which can only ever be "not found").
 */
export function identifierFromReference(
  value: string,
  kind: RdsArnKind,
  region: string,
  accountId: string,
  parameter: IdentifierParameter,
): string | undefined {
  if (value.startsWith('arn:')) {
    const prefix = `arn:aws:rds:${region}:${accountId}:${kind}:`;
    return value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : undefined;
  }
  return checkIdentifier(parameter, value);
}
