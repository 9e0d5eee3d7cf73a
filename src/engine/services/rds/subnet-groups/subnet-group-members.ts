import { modeledError } from '../../../model/modeled-error';
import type { Ec2RegionState } from '../../ec2/ec2-state';
import type { DbSubnetGroupMemberRecord } from './db-subnet-group-record';

/** A subnet group needs subnets in at least two AZs. */
const MIN_AZ_COVERAGE = 2;

export interface CheckedSubnets {
  readonly vpcId: string;
  readonly members: DbSubnetGroupMemberRecord[];
}

/**
 * Checks subnets offered for a DB subnet group against the region's EC2 state: they exist, share
 * one VPC and cover at least two AZs. Returns them in the order given, without duplicates.
 */
export function checkSubnetGroupSubnets(ec2: Ec2RegionState, subnetIds: readonly string[]): CheckedSubnets {
  const unique = [...new Set(subnetIds)];
  if (unique.length === 0) throw modeledError('rds', 'InvalidSubnet', 'Subnet IDs are required.');
  const missing = unique.filter((id) => !Object.hasOwn(ec2.subnets, id));
  if (missing.length > 0) {
    throw modeledError('rds', 'InvalidSubnet', `Some input subnets in :[${missing.join(', ')}] are invalid.`);
  }
  const subnets = unique.map((id) => ec2.subnets[id]);
  const vpcIds = [...new Set(subnets.map((subnet) => subnet.vpcId))];
  if (vpcIds.length > 1) {
    throw modeledError('rds', 'InvalidSubnet', `The subnets [${unique.join(', ')}] are not all in a common VPC: ${vpcIds.join(', ')}.`);
  }
  const zones = [...new Set(subnets.map((subnet) => subnet.availabilityZone))].sort();
  if (zones.length < MIN_AZ_COVERAGE) {
    throw modeledError(
      'rds',
      'DBSubnetGroupDoesNotCoverEnoughAZs',
      `The DB subnet group doesn't meet Availability Zone (AZ) coverage requirement. Current AZ coverage: ${zones.join(', ')}. Add subnets to cover at least ${MIN_AZ_COVERAGE} AZs.`,
    );
  }
  return {
    vpcId: vpcIds[0],
    members: subnets.map((subnet) => ({ subnetId: subnet.subnetId, availabilityZone: subnet.availabilityZone })),
  };
}
