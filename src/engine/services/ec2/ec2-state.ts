import type { DeterministicIds } from '../../sandbox/deterministic-ids';
import type { SandboxIdentity } from '../../sandbox/sandbox-identity';
import { createDefaultNetwork } from './default-vpc';
import type { SecurityGroupRecord } from './security-groups/security-group-record';
import type { SubnetRecord } from './subnets/subnet-record';
import type { VpcRecord } from './vpcs/vpc-record';

/** One region's EC2 networking resources, each table keyed by resource id in creation order. */
export interface Ec2RegionState {
  readonly vpcs: Record<string, VpcRecord>;
  readonly subnets: Record<string, SubnetRecord>;
  readonly securityGroups: Record<string, SecurityGroupRecord>;
}

export function createEc2RegionState(identity: SandboxIdentity, region: string, ids: DeterministicIds): Ec2RegionState {
  const network = createDefaultNetwork(identity, region, ids);
  return {
    vpcs: { [network.vpc.vpcId]: network.vpc },
    subnets: Object.fromEntries(network.subnets.map((subnet) => [subnet.subnetId, subnet])),
    securityGroups: { [network.securityGroup.groupId]: network.securityGroup },
  };
}

/** The region's default VPC, if it still has one. */
export function defaultVpcOf(state: Ec2RegionState): VpcRecord | undefined {
  return Object.values(state.vpcs).find((vpc) => vpc.isDefault);
}
