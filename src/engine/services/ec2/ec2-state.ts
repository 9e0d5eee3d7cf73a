import type { DeterministicIds } from '../../sandbox/deterministic-ids';
import type { SandboxIdentity } from '../../sandbox/sandbox-identity';

/** One region's EC2 resources. (Fleshed out by the EC2 service: default VPC, subnets, security group.) */
export interface Ec2RegionState {
  placeholder?: never;
}

export function createEc2RegionState(_identity: SandboxIdentity, _region: string, _ids: DeterministicIds): Ec2RegionState {
  return {};
}
