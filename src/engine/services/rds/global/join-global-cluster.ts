import type { CreateDBClusterMessage } from '@aws-sdk/client-rds';
import type { OperationContext } from '../../../sandbox/operation-context';
import type { AuroraEngine } from '../catalog/aurora-engines';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import { findGlobalCluster, liveMembers, memberCluster } from './find-global-cluster';
import { invalidGlobalClusterState } from './global-cluster-errors';
import { globalClusterArn } from './global-cluster-identifier';
import type { GlobalClusterRecord } from './global-cluster-record';

/** At most 10 secondary regions (FACTS.md §2 "Global DB"). */
export const MAX_GLOBAL_SECONDARIES = 10;

/** How a new cluster joins a global database, decided before CreateDBCluster stores anything. */
export interface GlobalJoin {
  readonly global: GlobalClusterRecord;
  /** The first member is the primary; later ones are read-only secondaries in other regions. */
  readonly role: 'primary' | 'secondary';
  /** The global cluster's version: members all run the same one. */
  readonly engineVersion: string;
  readonly storageEncrypted: boolean;
  /** A secondary takes the primary's master user (it cannot have its own). */
  readonly masterUsername: string | null;
}

/**
 * CreateDBCluster with `GlobalClusterIdentifier`: the global cluster must exist and be available,
 * the engine and version must be the global cluster's, one cluster per region, at most ten
 * secondaries; a secondary has no master user name or password of its own.
 */
export function checkGlobalJoin(ctx: OperationContext, input: CreateDBClusterMessage, engine: AuroraEngine): GlobalJoin | null {
  if (input.GlobalClusterIdentifier === undefined) return null;
  const { record: global } = findGlobalCluster(ctx.state, input.GlobalClusterIdentifier);
  const arn = globalClusterArn(ctx.accountId, global.identifier);
  if (global.status !== 'available') {
    throw invalidGlobalClusterState(`Global Cluster ${arn} is not in a valid state to add a DB cluster: ${global.status}`);
  }
  if (engine !== global.engine) {
    throw invalidParameterCombination(`The engine ${engine} does not match the engine ${global.engine} of global cluster ${global.identifier}.`);
  }
  if (input.EngineVersion !== undefined && input.EngineVersion !== global.engineVersion) {
    throw invalidParameterCombination(
      `The engine version ${input.EngineVersion} does not match the engine version ${global.engineVersion} of global cluster ${global.identifier}.`,
    );
  }
  if (input.EngineMode !== undefined && input.EngineMode !== 'provisioned' && input.EngineMode !== 'global') {
    throw invalidParameterCombination(`Global databases are not supported for DB clusters with engine mode ${input.EngineMode}.`);
  }
  if (input.StorageEncrypted !== undefined && input.StorageEncrypted !== global.storageEncrypted) {
    throw invalidParameterCombination(
      `The StorageEncrypted setting must match the global cluster ${global.identifier} (StorageEncrypted ${global.storageEncrypted}).`,
    );
  }
  const members = liveMembers(ctx.state, global);
  if (members.some((member) => member.region === ctx.region)) {
    throw invalidParameterValue(`Global cluster ${global.identifier} already has a member DB cluster in region ${ctx.region}.`);
  }
  const primary = members.find((member) => member.isWriter);
  if (!primary) {
    return { global, role: 'primary', engineVersion: global.engineVersion, storageEncrypted: global.storageEncrypted, masterUsername: null };
  }
  if (members.length - 1 >= MAX_GLOBAL_SECONDARIES) {
    throw invalidGlobalClusterState(`Global Cluster ${arn} already has the maximum of ${MAX_GLOBAL_SECONDARIES} secondary DB clusters.`);
  }
  if (input.MasterUsername !== undefined || input.MasterUserPassword !== undefined || input.ManageMasterUserPassword !== undefined) {
    throw invalidParameterCombination(
      'A secondary DB cluster of a global database cannot have MasterUsername, MasterUserPassword or ManageMasterUserPassword: it uses the primary cluster\'s.',
    );
  }
  const primaryCluster = memberCluster(ctx.state, primary);
  return {
    global,
    role: 'secondary',
    engineVersion: global.engineVersion,
    storageEncrypted: global.storageEncrypted,
    masterUsername: primaryCluster?.masterUsername ?? '',
  };
}

/** Adds the stored cluster to the global database (called once CreateDBCluster has accepted it). */
export function joinGlobalCluster(ctx: OperationContext, join: GlobalJoin, cluster: DbClusterRecord): void {
  join.global.members.push({
    region: ctx.region,
    clusterIdentifier: cluster.identifier,
    clusterResourceId: cluster.resourceId,
    isWriter: join.role === 'primary',
  });
  cluster.globalClusterIdentifier = join.global.identifier;
  cluster.globalSecondary = join.role === 'secondary';
}
