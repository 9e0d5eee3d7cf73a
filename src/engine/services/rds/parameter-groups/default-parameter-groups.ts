import { modeledError } from '../../../model/modeled-error';
import type { EngineVersion } from '../catalog/engine-versions';
import { invalidParameterCombination } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import { findParameterGroup, type ParameterGroupKind } from './parameter-group-kinds';

/**
 * RDS's built-in parameter groups, one per family: `default.aurora-mysql8.0`. Pass the region's
 * RDS state to the resolvers below to let a cluster or instance name a custom group as well.
 */
export function defaultParameterGroupName(version: EngineVersion): string {
  return `default.${version.family}`;
}

/** Aurora MySQL's default option group (`default:aurora-mysql-8-0`), shown on each instance. */
export function defaultOptionGroupName(version: EngineVersion): string {
  return `default:${version.engine}-${version.majorVersion.replace(/\./g, '-')}`;
}

const DEFAULT_GROUP = /^default\.(aurora-(?:mysql|postgresql)[0-9.]+)$/;

function checkNamedGroup(requested: string, version: EngineVersion, notFound: () => Error, custom?: { rds: RdsRegionState; kind: ParameterGroupKind }): string {
  const name = requested.toLowerCase();
  if (name === defaultParameterGroupName(version)) return name;
  const customGroup = custom && !name.startsWith('default.') ? findParameterGroup(custom.rds, custom.kind, name) : undefined;
  if (customGroup && customGroup.record.family === version.family) return customGroup.record.name;
  const family = customGroup?.record.family ?? DEFAULT_GROUP.exec(name)?.[1];
  if (family !== undefined) {
    throw invalidParameterCombination(
      `The Parameter Group ${name} with DBParameterGroupFamily ${family} cannot be used for this instance. Please use a Parameter Group with DBParameterGroupFamily ${version.family}`,
    );
  }
  throw notFound();
}

/** The cluster parameter group a new cluster gets: the family default, or the named group. */
export function resolveClusterParameterGroup(requested: string | undefined, version: EngineVersion, rds?: RdsRegionState): string {
  if (requested === undefined) return defaultParameterGroupName(version);
  return checkNamedGroup(
    requested,
    version,
    () => modeledError('rds', 'DBClusterParameterGroupNotFoundFault', `DBClusterParameterGroup not found: ${requested}`),
    rds && { rds, kind: 'cluster' },
  );
}

/** The DB parameter group a new instance gets: the family default, or the named group. */
export function resolveInstanceParameterGroup(requested: string | undefined, version: EngineVersion, rds?: RdsRegionState): string {
  if (requested === undefined) return defaultParameterGroupName(version);
  return checkNamedGroup(
    requested,
    version,
    () => modeledError('rds', 'DBParameterGroupNotFoundFault', `DBParameterGroup not found: ${requested}`),
    rds && { rds, kind: 'instance' },
  );
}
