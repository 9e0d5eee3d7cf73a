import type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { compileFilters } from '../ec2-filters';
import { checkPageRequest, paginate } from '../ec2-pagination';
import { securityGroupById, securityGroupByName } from './find-security-group';
import { renderSecurityGroup } from './render-security-group';
import type { SecurityGroupRecord } from './security-group-record';
import { securityGroupFilters } from './security-group-filters';

export const describeSecurityGroups = defineOperation<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult>((ctx, input) => {
  const ec2 = ctx.regionState.ec2;
  const matches = compileFilters(input.Filters, securityGroupFilters(ec2.securityGroups));
  checkPageRequest(input);
  const named = new Set<SecurityGroupRecord>();
  for (const groupId of input.GroupIds ?? []) named.add(securityGroupById(ec2, groupId));
  for (const groupName of input.GroupNames ?? []) named.add(securityGroupByName(ec2, groupName));
  const candidates = named.size > 0 ? [...named] : Object.values(ec2.securityGroups);
  const listed = candidates.filter(matches).sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  const { page, nextToken } = paginate(listed, (group) => group.groupId, input);
  return { SecurityGroups: page.map((group) => renderSecurityGroup(ctx.region, group)), NextToken: nextToken };
});
