import type { Ec2RegionState } from '../../ec2/ec2-state';
import { ownEntry } from '../../shared/own-entry';
import { checkSubnetGroupName } from '../identifiers';
import { dbSubnetGroupNotFound, invalidParameterCombination, invalidParameterValue } from '../rds-errors';
import type { RdsRegionState } from '../rds-state';
import { type DbSubnetGroupRecord, subnetGroupAvailabilityZones } from '../subnet-groups/db-subnet-group-record';
import { buildDefaultSubnetGroup, DEFAULT_SUBNET_GROUP_NAME } from '../subnet-groups/default-db-subnet-group';

/** A cluster spans at most three AZs (FACTS.md §2). */
const MAX_CLUSTER_AZS = 3;

export interface ClusterNetwork {
  readonly subnetGroup: DbSubnetGroupRecord;
  /** True when the `default` group is being made by this request (stored on commit). */
  readonly subnetGroupIsNew: boolean;
  readonly vpcSecurityGroupIds: string[];
  readonly availabilityZones: string[];
}

function resolveSubnetGroup(rds: RdsRegionState, ec2: Ec2RegionState, requested: string | undefined) {
  const name = requested === undefined ? DEFAULT_SUBNET_GROUP_NAME : requested.toLowerCase();
  const existing = ownEntry(rds.subnetGroups, name);
  if (existing) return { subnetGroup: existing, subnetGroupIsNew: false };
  if (name === DEFAULT_SUBNET_GROUP_NAME) return { subnetGroup: buildDefaultSubnetGroup(ec2), subnetGroupIsNew: true };
  checkSubnetGroupName(requested ?? '');
  throw dbSubnetGroupNotFound(requested ?? name);
}

/** Security groups must exist and live in the subnet group's VPC; default: the VPC's `default` group. */
function resolveSecurityGroups(ec2: Ec2RegionState, vpcId: string, requested: readonly string[] | undefined): string[] {
  if (requested === undefined || requested.length === 0) {
    const fallback = Object.values(ec2.securityGroups).find((group) => group.vpcId === vpcId && group.groupName === 'default');
    return fallback ? [fallback.groupId] : [];
  }
  const ids = [...new Set(requested)];
  for (const id of ids) {
    const group = ownEntry(ec2.securityGroups, id);
    if (!group) throw invalidParameterValue(`Invalid security group , groupId= ${id}, groupName=.`);
    if (group.vpcId !== vpcId) {
      throw invalidParameterCombination(`The DB instance and EC2 security group are in different VPCs. The DB instance is in ${vpcId} and the EC2 security group is in ${group.vpcId}`);
    }
  }
  return ids;
}

/** The cluster's AZs: those requested (within the subnet group), else three of the group's AZs. */
function resolveAvailabilityZones(group: DbSubnetGroupRecord, requested: readonly string[] | undefined): string[] {
  const covered = subnetGroupAvailabilityZones(group);
  if (requested === undefined || requested.length === 0) return covered.slice(0, MAX_CLUSTER_AZS);
  const zones = [...new Set(requested)];
  if (zones.length > MAX_CLUSTER_AZS) {
    throw invalidParameterValue(`A DB cluster can span at most ${MAX_CLUSTER_AZS} Availability Zones; ${zones.length} were requested.`);
  }
  const outside = zones.filter((zone) => !covered.includes(zone));
  if (outside.length > 0) {
    throw invalidParameterCombination(
      `Availability Zones [${outside.join(', ')}] are not covered by DB subnet group ${group.name}, which covers [${covered.join(', ')}].`,
    );
  }
  return zones;
}

export interface ClusterNetworkRequest {
  readonly DBSubnetGroupName?: string | undefined;
  readonly VpcSecurityGroupIds?: string[] | undefined;
  readonly AvailabilityZones?: string[] | undefined;
}

/** Works out where a new cluster lives, without changing anything. */
export function resolveClusterNetwork(rds: RdsRegionState, ec2: Ec2RegionState, request: ClusterNetworkRequest): ClusterNetwork {
  const { subnetGroup, subnetGroupIsNew } = resolveSubnetGroup(rds, ec2, request.DBSubnetGroupName);
  return {
    subnetGroup,
    subnetGroupIsNew,
    vpcSecurityGroupIds: resolveSecurityGroups(ec2, subnetGroup.vpcId, request.VpcSecurityGroupIds),
    availabilityZones: resolveAvailabilityZones(subnetGroup, request.AvailabilityZones),
  };
}
