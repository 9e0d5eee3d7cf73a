import type { RegionState } from '../../../sandbox/sandbox-state';

/**
 * Whether anything else in the region still uses the group: a DB cluster that lists it among its
 * VPC security groups, or another group's rule that references it (a group's rules referencing
 * itself do not count: they go with it).
 */
export function securityGroupHasDependents(region: RegionState, groupId: string): boolean {
  const usedByDatabase = Object.values(region.rds.clusters).some((cluster) => cluster.vpcSecurityGroupIds.includes(groupId));
  if (usedByDatabase) return true;
  return Object.values(region.ec2.securityGroups).some(
    (group) => group.groupId !== groupId && group.rules.some((rule) => rule.peer.kind === 'group' && rule.peer.groupId === groupId),
  );
}
