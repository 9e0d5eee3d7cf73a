import type { DescribeSubnetsRequest, DescribeSubnetsResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { subnetNotFound } from '../ec2-errors';
import { bool, compileFilters, type FilterFields } from '../ec2-filters';
import { checkPageRequest, paginate } from '../ec2-pagination';
import type { SubnetRecord } from './subnet-record';
import { renderSubnet, subnetArn } from './render-subnet';

const zone = (subnet: SubnetRecord) => [subnet.availabilityZone];
const zoneId = (subnet: SubnetRecord) => [subnet.availabilityZoneId];
const defaultForAz = (subnet: SubnetRecord) => [bool(subnet.defaultForAz)];
const cidr = (subnet: SubnetRecord) => [subnet.cidrBlock];

function subnetFilters(region: string): FilterFields<SubnetRecord> {
  return {
    'subnet-id': (subnet) => [subnet.subnetId],
    'vpc-id': (subnet) => [subnet.vpcId],
    'availability-zone': zone,
    availabilityZone: zone,
    'availability-zone-id': zoneId,
    availabilityZoneId: zoneId,
    'default-for-az': defaultForAz,
    defaultForAz,
    'cidr-block': cidr,
    cidr,
    cidrBlock: cidr,
    'map-public-ip-on-launch': (subnet) => [bool(subnet.mapPublicIpOnLaunch)],
    'available-ip-address-count': (subnet) => [String(subnet.availableIpAddressCount)],
    'owner-id': (subnet) => [subnet.ownerId],
    'subnet-arn': (subnet) => [subnetArn(region, subnet)],
    state: () => ['available'],
    'enable-dns64': () => ['false'],
    'ipv6-native': () => ['false'],
    'map-customer-owned-ip-on-launch': () => ['false'],
    'private-dns-name-options-on-launch.hostname-type': () => ['ip-name'],
    'private-dns-name-options-on-launch.enable-resource-name-dns-a-record': () => ['false'],
    'private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record': () => ['false'],
    // No IPv6 blocks, customer-owned pools, Outposts or LNI devices in the sandbox: valid, match nothing.
    'ipv6-cidr-block-association.ipv6-cidr-block': () => [],
    'ipv6-cidr-block-association.association-id': () => [],
    'ipv6-cidr-block-association.state': () => [],
    'customer-owned-ipv4-pool': () => [],
    'outpost-arn': () => [],
    'enable-lni-at-device-index': () => [],
  };
}

export const describeSubnets = defineOperation<DescribeSubnetsRequest, DescribeSubnetsResult>((ctx, input) => {
  const matches = compileFilters(input.Filters, subnetFilters(ctx.region));
  checkPageRequest(input);
  const { subnets } = ctx.regionState.ec2;
  const requested = input.SubnetIds ?? [];
  const missing = requested.filter((id) => !Object.hasOwn(subnets, id));
  if (missing.length > 0) throw subnetNotFound(missing);
  const candidates = requested.length > 0 ? Object.values(subnets).filter((s) => requested.includes(s.subnetId)) : Object.values(subnets);
  const listed = candidates.filter(matches).sort((a, b) => (a.subnetId < b.subnetId ? -1 : 1));
  const { page, nextToken } = paginate(listed, (subnet) => subnet.subnetId, input);
  return { Subnets: page.map((subnet) => renderSubnet(ctx.region, subnet)), NextToken: nextToken };
});
