import type { RemoveFromGlobalClusterMessage, RemoveFromGlobalClusterResult } from '@aws-sdk/client-rds';
import { defineOperation } from '../../../sandbox/service-handlers';
import { invalidDbClusterState } from '../rds-errors';
import { findGlobalCluster, liveMembers, memberCluster } from './find-global-cluster';
import { invalidGlobalClusterState } from './global-cluster-errors';
import { DETACH_PROMOTE_MS } from './global-durations';
import { GLOBAL_TRANSITIONS } from './global-transition-kinds';
import { renderGlobalCluster } from './render-global-cluster';
import { resolveMemberReference } from './resolve-member-reference';

/**
 * RemoveFromGlobalCluster: a secondary is detached and promoted to a standalone, writable regional
 * cluster (`promoting` for a minute); the primary only once it is the last member.
 */
export const removeFromGlobalCluster = defineOperation<RemoveFromGlobalClusterMessage, RemoveFromGlobalClusterResult>((ctx, input) => {
  const { record: global } = findGlobalCluster(ctx.state, input.GlobalClusterIdentifier ?? '');
  const members = liveMembers(ctx.state, global);
  const member = resolveMemberReference(ctx, global, members, input.DbClusterIdentifier ?? '');
  if (global.failover) {
    throw invalidGlobalClusterState(`Global cluster ${global.identifier} is in the middle of a ${global.status} operation.`);
  }
  if (member.isWriter && members.length > 1) {
    throw invalidGlobalClusterState(
      'Unable to remove the primary cluster of a global cluster while there are other global cluster members. Remove the secondary clusters first.',
    );
  }
  const cluster = memberCluster(ctx.state, member);
  if (!cluster) throw invalidGlobalClusterState(`Global cluster ${global.identifier} has no such member.`);
  if (cluster.status !== 'available' && cluster.status !== 'creating') {
    throw invalidDbClusterState(`DB cluster is not available for modification with status ${cluster.status}`);
  }

  // Accepted: from here on nothing throws.
  global.members = global.members.filter((m) => m !== member);
  cluster.globalClusterIdentifier = null;
  cluster.globalSecondary = false;
  if (!member.isWriter && cluster.status === 'available') {
    cluster.status = 'promoting';
    ctx.schedule(
      DETACH_PROMOTE_MS,
      GLOBAL_TRANSITIONS.detachedPromoted,
      { identifier: cluster.identifier, resourceId: cluster.resourceId },
      member.region,
    );
  }
  return { GlobalCluster: renderGlobalCluster(ctx.state, ctx.accountId, global) };
});
