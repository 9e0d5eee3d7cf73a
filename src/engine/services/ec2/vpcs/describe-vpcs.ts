import type { DescribeVpcsRequest, DescribeVpcsResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { vpcNotFound } from '../ec2-errors';
import { bool, compileFilters, type FilterFields } from '../ec2-filters';
import { checkPageRequest, paginate } from '../ec2-pagination';
import type { VpcRecord } from './vpc-record';
import { renderVpc } from './render-vpc';

const isDefault = (vpc: VpcRecord) => [bool(vpc.isDefault)];

const VPC_FILTERS: FilterFields<VpcRecord> = {
  'vpc-id': (vpc) => [vpc.vpcId],
  'is-default': isDefault,
  isDefault,
  cidr: (vpc) => [vpc.cidrBlock],
  'cidr-block-association.cidr-block': (vpc) => [vpc.cidrBlock],
  'cidr-block-association.association-id': (vpc) => [vpc.cidrAssociationId],
  'cidr-block-association.state': () => ['associated'],
  'dhcp-options-id': (vpc) => [vpc.dhcpOptionsId],
  'owner-id': (vpc) => [vpc.ownerId],
  state: () => ['available'],
  // The sandbox's VPCs have no IPv6 blocks: these filters are valid and match nothing.
  'ipv6-cidr-block-association.ipv6-cidr-block': () => [],
  'ipv6-cidr-block-association.ipv6-pool': () => [],
  'ipv6-cidr-block-association.association-id': () => [],
  'ipv6-cidr-block-association.state': () => [],
};

export const describeVpcs = defineOperation<DescribeVpcsRequest, DescribeVpcsResult>((ctx, input) => {
  const matches = compileFilters(input.Filters, VPC_FILTERS);
  checkPageRequest(input);
  const { vpcs } = ctx.regionState.ec2;
  const requested = input.VpcIds ?? [];
  const missing = requested.filter((id) => !Object.hasOwn(vpcs, id));
  if (missing.length > 0) throw vpcNotFound(missing);
  const candidates = requested.length > 0 ? Object.values(vpcs).filter((vpc) => requested.includes(vpc.vpcId)) : Object.values(vpcs);
  const listed = candidates.filter(matches).sort((a, b) => (a.vpcId < b.vpcId ? -1 : 1));
  const { page, nextToken } = paginate(listed, (vpc) => vpc.vpcId, input);
  return { Vpcs: page.map(renderVpc), NextToken: nextToken };
});
