import type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { defaultVpcOf } from '../ec2-state';
import { malformedGroupId, securityGroupNameNotFound, securityGroupNotFound } from '../ec2-errors';
import { compileFilters, type FilterFields } from '../ec2-filters';
import { checkPageRequest, paginate } from '../ec2-pagination';
import type { SecurityGroupRecord } from './security-group-record';
import { renderSecurityGroup } from './render-security-group';

/** `sg-` and 8 or 17 hex digits, the two shapes EC2 has issued. */
const GROUP_ID = /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/;

const SECURITY_GROUP_FILTERS: FilterFields<SecurityGroupRecord> = {
  'group-id': (group) => [group.groupId],
  'group-name': (group) => [group.groupName],
  'vpc-id': (group) => [group.vpcId],
  description: (group) => [group.description],
  'owner-id': (group) => [group.ownerId],
  'ip-permission.protocol': (group) => group.ingress.map((rule) => rule.ipProtocol),
  'ip-permission.cidr': (group) => group.ingress.flatMap((rule) => rule.cidrIps),
  'ip-permission.group-id': (group) => group.ingress.flatMap((rule) => rule.sourceGroupIds),
  'egress.ip-permission.protocol': (group) => group.egress.map((rule) => rule.ipProtocol),
  'egress.ip-permission.cidr': (group) => group.egress.flatMap((rule) => rule.cidrIps),
};

export const describeSecurityGroups = defineOperation<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult>((ctx, input) => {
  const matches = compileFilters(input.Filters, SECURITY_GROUP_FILTERS);
  checkPageRequest(input);
  const { securityGroups } = ctx.regionState.ec2;
  const all = Object.values(securityGroups);
  const byId = input.GroupIds ?? [];
  for (const groupId of byId) {
    if (!GROUP_ID.test(groupId)) throw malformedGroupId(groupId);
    if (!Object.hasOwn(securityGroups, groupId)) throw securityGroupNotFound(groupId);
  }
  // Group names only identify groups of the default VPC, as in EC2.
  const byName = input.GroupNames ?? [];
  const defaultVpc = defaultVpcOf(ctx.regionState.ec2);
  for (const groupName of byName) {
    if (!defaultVpc || !all.some((g) => g.vpcId === defaultVpc.vpcId && g.groupName === groupName)) {
      throw securityGroupNameNotFound(groupName, defaultVpc?.vpcId ?? '');
    }
  }
  const named = (group: SecurityGroupRecord) =>
    (byId.length === 0 && byName.length === 0) ||
    byId.includes(group.groupId) ||
    (group.vpcId === defaultVpc?.vpcId && byName.includes(group.groupName));
  const listed = all.filter((group) => named(group) && matches(group)).sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  const { page, nextToken } = paginate(listed, (group) => group.groupId, input);
  return { SecurityGroups: page.map((group) => renderSecurityGroup(ctx.region, group)), NextToken: nextToken };
});
