import type { DeterministicIds } from '../../sandbox/deterministic-ids';
import type { SandboxIdentity } from '../../sandbox/sandbox-identity';
import { availabilityZonesOf } from './availability-zones';
import { allTrafficRule } from './security-groups/all-traffic-rule';
import type { SecurityGroupRecord } from './security-groups/security-group-record';
import type { SubnetRecord } from './subnets/subnet-record';
import type { VpcRecord } from './vpcs/vpc-record';

const DEFAULT_VPC_CIDR = '172.31.0.0/16';
/** AWS carves default subnets as consecutive /20s of 172.31.0.0/16, one per AZ. */
const DEFAULT_SUBNET_CIDRS = ['172.31.0.0/20', '172.31.16.0/20', '172.31.32.0/20'];
/** A /20 holds 4096 addresses; AWS reserves 5 in every subnet. */
const FRESH_SLASH_20_FREE_ADDRESSES = 4096 - 5;

export interface DefaultNetwork {
  readonly vpc: VpcRecord;
  readonly subnets: SubnetRecord[];
  readonly securityGroup: SecurityGroupRecord;
}

/**
 * The default VPC every region starts with: 172.31.0.0/16, a default subnet in each of the
 * region's first three AZs, and the VPC's `default` security group.
 */
export function createDefaultNetwork(identity: SandboxIdentity, region: string, ids: DeterministicIds): DefaultNetwork {
  const ownerId = identity.accountId;
  const vpcId = `vpc-${ids.hex(17)}`;
  const vpc: VpcRecord = {
    vpcId,
    ownerId,
    cidrBlock: DEFAULT_VPC_CIDR,
    cidrAssociationId: `vpc-cidr-assoc-${ids.hex(17)}`,
    dhcpOptionsId: `dopt-${ids.hex(17)}`,
    isDefault: true,
    hasInternetGateway: true,
    tags: [],
  };
  const subnets = availabilityZonesOf(region)
    .slice(0, DEFAULT_SUBNET_CIDRS.length)
    .map((zone, index): SubnetRecord => ({
      subnetId: `subnet-${ids.hex(17)}`,
      vpcId,
      ownerId,
      cidrBlock: DEFAULT_SUBNET_CIDRS[index],
      availabilityZone: zone.zoneName,
      availabilityZoneId: zone.zoneId,
      defaultForAz: true,
      mapPublicIpOnLaunch: true,
      availableIpAddressCount: FRESH_SLASH_20_FREE_ADDRESSES,
      tags: [],
    }));
  const groupId = `sg-${ids.hex(17)}`;
  const securityGroup: SecurityGroupRecord = {
    groupId,
    groupName: 'default',
    description: 'default VPC security group',
    vpcId,
    ownerId,
    // Rule ids are drawn after every other id, so adding them left the VPC's other ids unchanged.
    rules: [
      allTrafficRule(`sgr-${ids.hex(17)}`, false, { kind: 'group', groupId, userId: ownerId }),
      allTrafficRule(`sgr-${ids.hex(17)}`, true, { kind: 'ipv4', cidr: '0.0.0.0/0' }),
    ],
    tags: [],
  };
  return { vpc, subnets, securityGroup };
}
