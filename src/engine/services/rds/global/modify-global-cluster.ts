import type { ModifyGlobalClusterMessage, ModifyGlobalClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { auroraRelease, compareVersionParts, findEngineVersion } from '../catalog/engine-versions';
import { invalidParameterCombination } from '../rds-errors';
import { findGlobalCluster, lookupGlobalCluster, memberCluster } from './find-global-cluster';
import { globalClusterAlreadyExists, invalidGlobalClusterState } from './global-cluster-errors';
import { checkGlobalClusterIdentifier, globalClusterArn } from './global-cluster-identifier';
import type { GlobalClusterRecord } from './global-cluster-record';
import { versionNotGlobal } from './create-global-cluster';
import { renderGlobalCluster } from './render-global-cluster';

/**
 * Checks a requested engine upgrade as AWS does (exists, supports global databases, not a downgrade,
 * a major change needs AllowMajorVersionUpgrade). Rolling the upgrade through every member is not
 * modelled yet, so an accepted upgrade is then refused clearly.
 */
function checkEngineUpgrade(global: GlobalClusterRecord, requested: string, allowMajor: boolean): void {
  if (requested === global.engineVersion) return;
  const target = findEngineVersion(global.engine, requested);
  const current = findEngineVersion(global.engine, global.engineVersion);
  if (!target || !target.supportsGlobalDatabases) throw versionNotGlobal();
  if (current && compareVersionParts(auroraRelease(target.version), auroraRelease(current.version)) < 0) {
    throw invalidParameterCombination(`Cannot upgrade global cluster ${global.identifier} from ${global.engineVersion} to ${requested}: downgrades are not supported.`);
  }
  if (current && current.majorVersion !== target.majorVersion && !allowMajor) {
    throw invalidParameterCombination('The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.');
  }
  throw invalidParameterCombination('Engine version upgrades of global databases are not available in this sandbox yet.');
}

/** ModifyGlobalCluster: deletion protection, a new identifier, and engine-version checks. */
export const modifyGlobalCluster = defineOperation<ModifyGlobalClusterMessage, ModifyGlobalClusterResult>((ctx, input) => {
  const stored = findGlobalCluster(ctx.state, input.GlobalClusterIdentifier ?? '');
  const global = stored.record;
  if (global.status !== 'available') {
    throw invalidGlobalClusterState(
      `Global Cluster ${globalClusterArn(ctx.accountId, global.identifier)} is not in a valid state for modification: ${global.status}`,
    );
  }
  let newIdentifier: string | undefined;
  if (input.NewGlobalClusterIdentifier !== undefined) {
    newIdentifier = checkGlobalClusterIdentifier('NewGlobalClusterIdentifier', input.NewGlobalClusterIdentifier);
    if (newIdentifier !== global.identifier && lookupGlobalCluster(ctx.state, newIdentifier)) throw globalClusterAlreadyExists(newIdentifier);
  }
  if (input.EngineVersion !== undefined) checkEngineUpgrade(global, input.EngineVersion, input.AllowMajorVersionUpgrade === true);

  // Accepted: from here on nothing throws.
  if (input.DeletionProtection !== undefined) global.deletionProtection = input.DeletionProtection;
  if (newIdentifier !== undefined && newIdentifier !== global.identifier) {
    delete stored.table[global.identifier];
    global.identifier = newIdentifier;
    stored.table[newIdentifier] = global;
    for (const member of global.members) {
      const cluster = memberCluster(ctx.state, member);
      if (cluster) cluster.globalClusterIdentifier = newIdentifier;
    }
  }
  return { GlobalCluster: renderGlobalCluster(ctx.state, ctx.accountId, global) };
});
