import type { RevokedSecurityGroupRule, SecurityGroupRule } from '@aws-sdk/client-ec2';
import { renderEc2Tags } from '../render-tags';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

export function securityGroupRuleArn(region: string, group: SecurityGroupRecord, rule: SecurityGroupRuleRecord): string {
  return `arn:aws:ec2:${region}:${group.ownerId}:security-group-rule/${rule.ruleId}`;
}

/** A rule's peer as `SecurityGroupRule` names it. */
function peerMembers(rule: SecurityGroupRuleRecord): Pick<SecurityGroupRule, 'CidrIpv4' | 'CidrIpv6' | 'PrefixListId' | 'ReferencedGroupInfo'> {
  const { peer } = rule;
  switch (peer.kind) {
    case 'ipv4':
      return { CidrIpv4: peer.cidr };
    case 'ipv6':
      return { CidrIpv6: peer.cidr };
    case 'group':
      return { ReferencedGroupInfo: { GroupId: peer.groupId, UserId: peer.userId } };
    case 'prefix-list':
      return { PrefixListId: peer.prefixListId };
  }
}

/** A rule as `DescribeSecurityGroupRules` and `Authorize*` answer it; all-protocol rules show ports -1. */
export function renderSecurityGroupRule(region: string, group: SecurityGroupRecord, rule: SecurityGroupRuleRecord): SecurityGroupRule {
  return {
    SecurityGroupRuleId: rule.ruleId,
    GroupId: group.groupId,
    GroupOwnerId: group.ownerId,
    IsEgress: rule.isEgress,
    IpProtocol: rule.ipProtocol,
    FromPort: rule.fromPort ?? -1,
    ToPort: rule.toPort ?? -1,
    ...peerMembers(rule),
    Description: rule.description ?? undefined,
    Tags: renderEc2Tags(rule.tags) ?? [],
    SecurityGroupRuleArn: securityGroupRuleArn(region, group, rule),
  };
}

export function renderRevokedRule(group: SecurityGroupRecord, rule: SecurityGroupRuleRecord): RevokedSecurityGroupRule {
  const { peer } = rule;
  return {
    SecurityGroupRuleId: rule.ruleId,
    GroupId: group.groupId,
    IsEgress: rule.isEgress,
    IpProtocol: rule.ipProtocol,
    FromPort: rule.fromPort ?? -1,
    ToPort: rule.toPort ?? -1,
    CidrIpv4: peer.kind === 'ipv4' ? peer.cidr : undefined,
    CidrIpv6: peer.kind === 'ipv6' ? peer.cidr : undefined,
    PrefixListId: peer.kind === 'prefix-list' ? peer.prefixListId : undefined,
    ReferencedGroupId: peer.kind === 'group' ? peer.groupId : undefined,
    Description: rule.description ?? undefined,
  };
}
