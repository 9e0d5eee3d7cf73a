import type { CreateGlobalClusterMessage, CreateGlobalClusterResult } from '@aws-sdk/client-rds';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import type { AuroraEngine } from '../catalog/aurora-engines';
import { resolveEngineVersion } from '../catalog/engine-versions';
import { checkDatabaseName, checkEngineLifecycleSupport } from '../clusters/cluster-settings';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { checkAuroraEngine } from '../engine-names';
import { checkIdentifier } from '../identifiers';
import { dbClusterNotFound, invalidDbClusterState, invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import { tagRecords } from '../rds-tag';
import { globalMembershipOf, lookupGlobalCluster, parseClusterArn } from './find-global-cluster';
import { globalClusterAlreadyExists } from './global-cluster-errors';
import { checkGlobalClusterIdentifier } from './global-cluster-identifier';
import type { GlobalClusterRecord } from './global-cluster-record';
import { GLOBAL_CREATE_FROM_SOURCE_MS } from './global-durations';
import { GLOBAL_TRANSITIONS } from './global-transition-kinds';
import { renderGlobalCluster } from './render-global-cluster';

/** AWS's answer for a version that does not exist or cannot run a global database. */
export function versionNotGlobal() {
  return invalidParameterValue('The requested engine version was not found or does not support global functionality');
}

/** Resolves an engine version that supports global databases (FACTS.md §2 "Global DB versions"). */
export function resolveGlobalVersion(engine: AuroraEngine, requested: string | undefined) {
  const version = resolveEngineVersion(engine, requested, 'provisioned');
  if (!version || !version.supportsGlobalDatabases) throw versionNotGlobal();
  return version;
}

/** The source cluster named by ARN (any region of this account) or by identifier (this region). */
function findSourceCluster(ctx: OperationContext, reference: string): { region: string; cluster: DbClusterRecord } {
  let region = ctx.region;
  let identifier: string;
  if (reference.startsWith('arn:')) {
    const parsed = parseClusterArn(reference);
    if (!parsed || parsed.accountId !== ctx.accountId) throw dbClusterNotFound(reference);
    region = parsed.region;
    identifier = parsed.identifier;
  } else {
    identifier = checkIdentifier('DBClusterIdentifier', reference);
  }
  const regionState = ownEntry(ctx.state.regions, region);
  const cluster = regionState ? ownEntry(regionState.rds.clusters, identifier) : undefined;
  if (!cluster) throw dbClusterNotFound(reference);
  return { region, cluster };
}

const FROM_SOURCE_ONLY = ['Engine', 'EngineVersion', 'DatabaseName', 'StorageEncrypted'] as const;

/**
 * CreateGlobalCluster: an empty global database (engine, version, encryption given), or one whose
 * primary is an existing cluster (`SourceDBClusterIdentifier`, whose settings it takes).
 */
export const createGlobalCluster = defineOperation<CreateGlobalClusterMessage, CreateGlobalClusterResult>((ctx, input) => {
  const identifier = checkGlobalClusterIdentifier('GlobalClusterIdentifier', input.GlobalClusterIdentifier ?? '');
  if (lookupGlobalCluster(ctx.state, identifier)) throw globalClusterAlreadyExists(identifier);
  const engineLifecycleSupport = checkEngineLifecycleSupport(input.EngineLifecycleSupport);
  const base = {
    identifier,
    engineLifecycleSupport,
    deletionProtection: input.DeletionProtection === true,
    createdAt: ctx.now.getTime(),
    failover: null,
    tags: tagRecords(input.Tags),
  };
  let record: Omit<GlobalClusterRecord, 'resourceId' | 'endpointSuffix'>;
  let source: { region: string; cluster: DbClusterRecord } | undefined;
  if (input.SourceDBClusterIdentifier !== undefined) {
    const given = FROM_SOURCE_ONLY.filter((name) => input[name] !== undefined);
    if (given.length > 0) {
      throw invalidParameterCombination(
        `When SourceDBClusterIdentifier is specified, ${given.join(', ')} cannot be specified: Aurora uses the source DB cluster's settings.`,
      );
    }
    source = findSourceCluster(ctx, input.SourceDBClusterIdentifier);
    const { cluster } = source;
    const membership = globalMembershipOf(ctx.state, source.region, cluster);
    if (membership) {
      throw invalidDbClusterState(`DB cluster ${cluster.identifier} is already a member of global cluster ${membership.global.identifier}.`);
    }
    if (cluster.status !== 'available') {
      throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
    }
    if (cluster.engineMode !== 'provisioned') {
      throw invalidParameterCombination(`Global databases are not supported for DB clusters with engine mode ${cluster.engineMode}.`);
    }
    resolveGlobalVersion(cluster.engine, cluster.engineVersion);
    record = {
      ...base,
      engine: cluster.engine,
      engineVersion: cluster.engineVersion,
      databaseName: cluster.databaseName,
      storageEncrypted: cluster.storageEncrypted,
      status: 'creating',
      members: [{ region: source.region, clusterIdentifier: cluster.identifier, clusterResourceId: cluster.resourceId, isWriter: true }],
    };
  } else {
    if (input.Engine === undefined) {
      throw invalidParameterValue('The parameter Engine must be provided when SourceDBClusterIdentifier is not specified.');
    }
    const engine = checkAuroraEngine(input.Engine);
    const version = resolveGlobalVersion(engine, input.EngineVersion);
    record = {
      ...base,
      engine,
      engineVersion: version.version,
      databaseName: checkDatabaseName(engine, input.DatabaseName),
      storageEncrypted: input.StorageEncrypted === true,
      status: 'available',
      members: [],
    };
  }

  // Accepted: from here on nothing throws.
  const global: GlobalClusterRecord = { ...record, resourceId: `cluster-${ctx.ids.hex(16)}`, endpointSuffix: ctx.ids.lowerAlnum(12) };
  ctx.regionState.rds.globalClusters[identifier] = global;
  if (source) {
    source.cluster.globalClusterIdentifier = identifier;
    ctx.schedule(GLOBAL_CREATE_FROM_SOURCE_MS, GLOBAL_TRANSITIONS.available, { identifier, resourceId: global.resourceId });
  }
  return { GlobalCluster: renderGlobalCluster(ctx.state, ctx.accountId, global) };
});
