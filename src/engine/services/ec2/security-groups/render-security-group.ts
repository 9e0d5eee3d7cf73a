import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { renderEc2Tags } from '../render-tags';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

export function securityGroupArn(region: string, group: SecurityGroupRecord): string {
  return `arn:aws:ec2:${region}:${group.ownerId}:security-group/${group.groupId}`;
}

function renderRule(group: SecurityGroupRecord, rule: SecurityGroupRuleRecord): IpPermission {
  return {
    IpProtocol: rule.ipProtocol,
    FromPort: rule.fromPort ?? undefined,
    ToPort: rule.toPort ?? undefined,
    UserIdGroupPairs: rule.sourceGroupIds.map((groupId) => ({ UserId: group.ownerId, GroupId: groupId })),
    IpRanges: rule.cidrIps.map((cidrIp) => ({ CidrIp: cidrIp })),
    Ipv6Ranges: [],
    PrefixListIds: [],
  };
}

export function renderSecurityGroup(region: string, group: SecurityGroupRecord): SecurityGroup {
  return {
    GroupId: group.groupId,
    GroupName: group.groupName,
    Description: group.description,
    VpcId: group.vpcId,
    OwnerId: group.ownerId,
    SecurityGroupArn: securityGroupArn(region, group),
    IpPermissions: group.ingress.map((rule) => renderRule(group, rule)),
    IpPermissionsEgress: group.egress.map((rule) => renderRule(group, rule)),
    Tags: renderEc2Tags(group.tags),
  };
}
