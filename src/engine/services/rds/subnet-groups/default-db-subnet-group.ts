import { defaultVpcOf, type Ec2RegionState } from '../../ec2/ec2-state';
import { modeledError } from '../../../model/modeled-error';
import type { DbSubnetGroupRecord } from './db-subnet-group-record';

export const DEFAULT_SUBNET_GROUP_NAME = 'default';

/**
 * The `default` DB subnet group RDS makes, the first time a database is created without one,
 * from the default VPC's default subnets. Built but not stored: the caller stores it once the
 * whole request has been accepted.
 */
export function buildDefaultSubnetGroup(ec2: Ec2RegionState): DbSubnetGroupRecord {
  const vpc = defaultVpcOf(ec2);
  if (!vpc) {
    throw modeledError('rds', 'InvalidVPCNetworkStateFault', 'No default VPC for this user. Specify a DB subnet group.');
  }
  const subnets = Object.values(ec2.subnets)
    .filter((subnet) => subnet.vpcId === vpc.vpcId && subnet.defaultForAz)
    .map((subnet) => ({ subnetId: subnet.subnetId, availabilityZone: subnet.availabilityZone }));
  return { name: DEFAULT_SUBNET_GROUP_NAME, description: 'default', vpcId: vpc.vpcId, subnets, tags: [] };
}
