import type { CreateSecurityGroupRequest, CreateSecurityGroupResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ownEntry } from '../../shared/own-entry';
import { dryRunSucceeded, noDefaultVpc, securityGroupDuplicate, securityGroupLimitExceeded, vpcNotFound } from '../ec2-errors';
import { defaultVpcOf } from '../ec2-state';
import { renderEc2Tags } from '../render-tags';
import { tagsFromSpecifications } from '../tag-specifications';
import { allTrafficRule } from './all-traffic-rule';
import { securityGroupArn } from './render-security-group';
import type { SecurityGroupRecord } from './security-group-record';
import { checkGroupDescription, checkNewGroupName } from './security-group-names';

/** Security groups per VPC (EC2 quota, adjustable). */
const MAX_GROUPS_PER_VPC = 2500;

/**
 * A new security group in `VpcId` (default: the region's default VPC): no inbound rules and the
 * allow-all IPv4 outbound rule every new VPC group gets.
 */
export const createSecurityGroup = defineOperation<CreateSecurityGroupRequest, CreateSecurityGroupResult>((ctx, input) => {
  const ec2 = ctx.regionState.ec2;
  const groupName = input.GroupName ?? '';
  const description = input.Description ?? '';
  checkNewGroupName(groupName);
  checkGroupDescription(description);
  const vpc = input.VpcId !== undefined ? ownEntry(ec2.vpcs, input.VpcId) : defaultVpcOf(ec2);
  if (input.VpcId !== undefined && !vpc) throw vpcNotFound([input.VpcId]);
  if (!vpc) throw noDefaultVpc();
  const inVpc = Object.values(ec2.securityGroups).filter((group) => group.vpcId === vpc.vpcId);
  if (inVpc.some((group) => group.groupName === groupName)) throw securityGroupDuplicate(groupName, vpc.vpcId);
  if (inVpc.length >= MAX_GROUPS_PER_VPC) throw securityGroupLimitExceeded();
  const tags = tagsFromSpecifications(input.TagSpecifications, 'security-group');
  if (input.DryRun === true) throw dryRunSucceeded();

  const groupId = `sg-${ctx.ids.hex(17)}`;
  const group: SecurityGroupRecord = {
    groupId,
    groupName,
    description,
    vpcId: vpc.vpcId,
    ownerId: ctx.accountId,
    rules: [allTrafficRule(`sgr-${ctx.ids.hex(17)}`, true, { kind: 'ipv4', cidr: '0.0.0.0/0' })],
    tags,
  };
  ec2.securityGroups[groupId] = group;
  return { GroupId: groupId, Tags: renderEc2Tags(tags), SecurityGroupArn: securityGroupArn(ctx.region, group) };
});
