import type { AwsError } from '../../../aws-error';
import { modeledError } from '../../../model/modeled-error';
import { ownEntry } from '../../shared/own-entry';
import { invalidParameterValue } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import { findParameterGroupFamily, type ParameterGroupFamily, PARAMETER_GROUP_FAMILIES } from './engine-parameters';
import type { ParameterGroupRecord } from './parameter-group-record';

/** DB cluster parameter groups (`cluster`) and DB parameter groups (`instance`) share their rules. */
export type ParameterGroupKind = 'cluster' | 'instance';

/** A group as the operations see it: a stored custom group or an implicit `default.<family>` group. */
export interface ResolvedParameterGroup {
  readonly record: ParameterGroupRecord;
  readonly isDefault: boolean;
  readonly family: ParameterGroupFamily;
}

const DEFAULT_PREFIX = 'default.';

/** Per-region quota of custom parameter groups of each kind (UG/CHAP_Limits.html). */
export const PARAMETER_GROUP_QUOTA = 50;

export function groupTable(rds: RdsRegionState, kind: ParameterGroupKind): Record<string, ParameterGroupRecord> {
  return kind === 'cluster' ? rds.clusterParameterGroups : rds.dbParameterGroups;
}

export function groupLabel(kind: ParameterGroupKind): string {
  return kind === 'cluster' ? 'DBClusterParameterGroup' : 'DBParameterGroup';
}

/** `DBParameterGroupNotFound`, as the parameter-group operations raise it for both kinds. */
export function parameterGroupNotFound(kind: ParameterGroupKind, name: string): AwsError {
  return modeledError('rds', 'DBParameterGroupNotFoundFault', `${groupLabel(kind)} not found: ${name}`);
}

export function defaultGroupRecord(family: ParameterGroupFamily, kind: ParameterGroupKind): ParameterGroupRecord {
  return {
    name: `${DEFAULT_PREFIX}${family.family}`,
    family: family.family,
    description: `Default ${kind === 'cluster' ? 'cluster ' : ''}parameter group for ${family.family}`,
    overrides: {},
    tags: [],
  };
}

/** Every `default.<family>` group, which RDS always has. */
export function defaultGroups(kind: ParameterGroupKind): ResolvedParameterGroup[] {
  return PARAMETER_GROUP_FAMILIES.map((family) => ({ record: defaultGroupRecord(family, kind), isDefault: true, family }));
}

/** Finds a group by name (any case), default or custom; undefined when there is none. */
export function findParameterGroup(rds: RdsRegionState, kind: ParameterGroupKind, name: string): ResolvedParameterGroup | undefined {
  const key = name.toLowerCase();
  if (key.startsWith(DEFAULT_PREFIX)) {
    const family = findParameterGroupFamily(key.slice(DEFAULT_PREFIX.length));
    return family ? { record: defaultGroupRecord(family, kind), isDefault: true, family } : undefined;
  }
  const record = ownEntry(groupTable(rds, kind), key);
  if (!record) return undefined;
  const family = findParameterGroupFamily(record.family);
  return family ? { record, isDefault: false, family } : undefined;
}

export function requireParameterGroup(rds: RdsRegionState, kind: ParameterGroupKind, name: string): ResolvedParameterGroup {
  const group = findParameterGroup(rds, kind, name);
  if (!group) throw parameterGroupNotFound(kind, name);
  return group;
}

/** Checks a `DBParameterGroupFamily`; the sandbox has the Aurora families only. */
export function checkFamily(value: string): ParameterGroupFamily {
  const family = findParameterGroupFamily(value.toLowerCase());
  if (!family) {
    throw invalidParameterValue(
      `Invalid DBParameterGroupFamily: ${value}. This Aurora Lab sandbox has the Aurora families ${PARAMETER_GROUP_FAMILIES.map((f) => f.family).join(', ')}.`,
    );
  }
  return family;
}

export function parameterGroupArn(region: string, accountId: string, kind: ParameterGroupKind, name: string): string {
  return `arn:aws:rds:${region}:${accountId}:${kind === 'cluster' ? 'cluster-pg' : 'pg'}:${name}`;
}
