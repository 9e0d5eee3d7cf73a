import type { OperationContext } from '../../../sandbox/operation-context';
import { invalidDbClusterState } from '../rds-errors';
import { findGlobalCluster, liveMembers, memberCluster } from './find-global-cluster';
import { invalidGlobalClusterState } from './global-cluster-errors';
import { globalClusterArn } from './global-cluster-identifier';
import type { GlobalClusterRecord } from './global-cluster-record';
import { FAILOVER_STEPS_MS, SWITCHOVER_STEPS_MS } from './global-durations';
import { GLOBAL_TRANSITIONS } from './global-transition-kinds';
import { resolveMemberReference } from './resolve-member-reference';

/** The steps of a switchover or failover, run by global-cluster-transitions.ts. */
export type RoleChangeStep = 'started' | 'synchronizing' | 'oldPrimaryShutDown' | 'promoted' | 'finished';

/**
 * Starts a switchover (planned: every member must be healthy, no data loss) or a failover
 * (unplanned, `AllowDataLoss`: only the target must be healthy). Validates everything first.
 */
export function startGlobalRoleChange(
  ctx: OperationContext,
  globalIdentifier: string,
  targetReference: string,
  dataLoss: boolean,
): GlobalClusterRecord {
  const { record: global } = findGlobalCluster(ctx.state, globalIdentifier);
  const arn = globalClusterArn(ctx.accountId, global.identifier);
  if (global.status !== 'available' || global.failover) {
    throw invalidGlobalClusterState(`Global Cluster ${arn} is not in a valid state for this operation: ${global.status}`);
  }
  const members = liveMembers(ctx.state, global);
  const target = resolveMemberReference(ctx, global, members, targetReference);
  if (target.isWriter) {
    throw invalidGlobalClusterState(`DB cluster ${target.clusterIdentifier} is already the primary cluster of global cluster ${global.identifier}.`);
  }
  const primary = members.find((m) => m.isWriter);
  if (!primary) throw invalidGlobalClusterState(`Global Cluster ${arn} has no primary cluster.`);
  const mustBeHealthy = dataLoss ? [target] : members;
  for (const member of mustBeHealthy) {
    const cluster = memberCluster(ctx.state, member);
    if (!cluster || cluster.status !== 'available') {
      throw invalidDbClusterState(
        `DB cluster ${member.clusterIdentifier} in ${member.region} is not available (status ${cluster?.status ?? 'missing'}); ${
          dataLoss ? 'the failover target' : 'every member of the global database'
        } must be available.`,
      );
    }
  }

  // Accepted: from here on nothing throws.
  global.status = dataLoss ? 'failing-over' : 'switching-over';
  global.failover = {
    status: dataLoss ? 'failing-over' : 'pending',
    fromRegion: primary.region,
    fromClusterIdentifier: primary.clusterIdentifier,
    toRegion: target.region,
    toClusterIdentifier: target.clusterIdentifier,
    isDataLossAllowed: dataLoss,
  };
  const payload = { identifier: global.identifier, resourceId: global.resourceId };
  const steps: ReadonlyArray<[RoleChangeStep, number]> = dataLoss
    ? [['started', 0], ['promoted', FAILOVER_STEPS_MS.promoted], ['finished', FAILOVER_STEPS_MS.finished]]
    : (Object.entries(SWITCHOVER_STEPS_MS) as Array<[RoleChangeStep, number]>);
  for (const [step, delay] of steps) ctx.schedule(delay, GLOBAL_TRANSITIONS.switchoverStep, { ...payload, step }, target.region);
  return global;
}
