import type { SandboxState } from '../../../sandbox/sandbox-state';
import { ownEntry } from '../../shared/own-entry';
import type { DbClusterRecord } from '../clusters/db-cluster-record';
import { rdsArn } from '../identifiers';
import { globalClusterNotFound } from './global-cluster-errors';
import type { GlobalClusterMemberRecord, GlobalClusterRecord } from './global-cluster-record';

/** Where a global cluster is stored: the table of the region it was created in. */
export interface StoredGlobalCluster {
  readonly record: GlobalClusterRecord;
  readonly table: Record<string, GlobalClusterRecord>;
}

/** Every global cluster of the sandbox (they are account-wide), sorted by identifier. */
export function allGlobalClusters(state: SandboxState): GlobalClusterRecord[] {
  const all = Object.values(state.regions).flatMap((region) => Object.values(region.rds.globalClusters ?? {}));
  return all.sort((a, b) => (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0));
}

export function lookupGlobalCluster(state: SandboxState, identifier: string): StoredGlobalCluster | undefined {
  const key = identifier.toLowerCase();
  for (const region of Object.values(state.regions)) {
    const table = region.rds.globalClusters ?? {};
    const record = ownEntry(table, key);
    if (record) return { record, table };
  }
  return undefined;
}

/** The named global cluster, or AWS's `GlobalClusterNotFoundFault`. */
export function findGlobalCluster(state: SandboxState, identifier: string): StoredGlobalCluster {
  const found = lookupGlobalCluster(state, identifier);
  if (!found) throw globalClusterNotFound(identifier);
  return found;
}

/** The regional cluster a member names, if it still exists (same name and resource id). */
export function memberCluster(state: SandboxState, member: GlobalClusterMemberRecord): DbClusterRecord | undefined {
  const region = ownEntry(state.regions, member.region);
  const cluster = region ? ownEntry(region.rds.clusters, member.clusterIdentifier) : undefined;
  return cluster && cluster.resourceId === member.clusterResourceId ? cluster : undefined;
}

/** Members whose regional cluster still exists, primary first. */
export function liveMembers(state: SandboxState, global: GlobalClusterRecord): GlobalClusterMemberRecord[] {
  return global.members.filter((member) => memberCluster(state, member) !== undefined);
}

export function memberArn(accountId: string, member: Pick<GlobalClusterMemberRecord, 'region' | 'clusterIdentifier'>): string {
  return rdsArn(member.region, accountId, 'cluster', member.clusterIdentifier);
}

/** The global cluster (and membership) a regional cluster belongs to, if any. */
export function globalMembershipOf(
  state: SandboxState,
  region: string,
  cluster: Pick<DbClusterRecord, 'identifier' | 'resourceId'>,
): { global: GlobalClusterRecord; member: GlobalClusterMemberRecord } | undefined {
  for (const global of allGlobalClusters(state)) {
    const member = global.members.find(
      (m) => m.region === region && m.clusterIdentifier === cluster.identifier && m.clusterResourceId === cluster.resourceId,
    );
    if (member) return { global, member };
  }
  return undefined;
}

/**
 * Whether the cluster with this ARN (`arn:aws:rds:<region>:<account>:cluster:<id>`) is a member of
 * a global database. Stop/Start DB cluster refuse global members (FACTS.md §2 "Stop/start").
 */
export function isGlobalMember(state: SandboxState, clusterArn: string): boolean {
  const parsed = parseClusterArn(clusterArn);
  if (!parsed) return false;
  const region = ownEntry(state.regions, parsed.region);
  const cluster = region ? ownEntry(region.rds.clusters, parsed.identifier) : undefined;
  return cluster !== undefined && globalMembershipOf(state, parsed.region, cluster) !== undefined;
}

/** `arn:aws:rds:<region>:<account>:cluster:<id>` -> its region, account and lowercase id. */
export function parseClusterArn(value: string): { region: string; accountId: string; identifier: string } | undefined {
  const match = /^arn:aws:rds:([a-z0-9-]+):(\d{12}):cluster:(.+)$/.exec(value);
  return match ? { region: match[1], accountId: match[2], identifier: match[3].toLowerCase() } : undefined;
}
