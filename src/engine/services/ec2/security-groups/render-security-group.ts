import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { renderEc2Tags } from '../render-tags';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

export function securityGroupArn(region: string, group: SecurityGroupRecord): string {
  return `arn:aws:ec2:${region}:${group.ownerId}:security-group/${group.groupId}`;
}

function withDescription<T extends object>(entry: T, description: string | null): T & { Description?: string } {
  return description === null ? entry : { ...entry, Description: description };
}

/** One `IpPermission` holding one or more rules' peers. */
function emptyPermission(rule: SecurityGroupRuleRecord): IpPermission {
  return {
    IpProtocol: rule.ipProtocol,
    FromPort: rule.fromPort ?? undefined,
    ToPort: rule.toPort ?? undefined,
    UserIdGroupPairs: [],
    IpRanges: [],
    Ipv6Ranges: [],
    PrefixListIds: [],
  };
}

function addPeer(permission: IpPermission, rule: SecurityGroupRuleRecord): void {
  const { peer, description } = rule;
  switch (peer.kind) {
    case 'ipv4':
      permission.IpRanges!.push(withDescription({ CidrIp: peer.cidr }, description));
      return;
    case 'ipv6':
      permission.Ipv6Ranges!.push(withDescription({ CidrIpv6: peer.cidr }, description));
      return;
    case 'group':
      permission.UserIdGroupPairs!.push(withDescription({ UserId: peer.userId, GroupId: peer.groupId }, description));
      return;
    case 'prefix-list':
      permission.PrefixListIds!.push(withDescription({ PrefixListId: peer.prefixListId }, description));
      return;
  }
}

/** Rules grouped as EC2 lists them: one `IpPermission` per protocol and range, in first-seen order. */
export function renderIpPermissions(rules: readonly SecurityGroupRuleRecord[]): IpPermission[] {
  const byRange = new Map<string, IpPermission>();
  for (const rule of rules) {
    const key = `${rule.ipProtocol}|${rule.fromPort ?? ''}|${rule.toPort ?? ''}`;
    let permission = byRange.get(key);
    if (!permission) byRange.set(key, (permission = emptyPermission(rule)));
    addPeer(permission, rule);
  }
  return [...byRange.values()];
}

export function renderSecurityGroup(region: string, group: SecurityGroupRecord): SecurityGroup {
  return {
    GroupId: group.groupId,
    GroupName: group.groupName,
    Description: group.description,
    VpcId: group.vpcId,
    OwnerId: group.ownerId,
    SecurityGroupArn: securityGroupArn(region, group),
    IpPermissions: renderIpPermissions(group.rules.filter((rule) => !rule.isEgress)),
    IpPermissionsEgress: renderIpPermissions(group.rules.filter((rule) => rule.isEgress)),
    Tags: renderEc2Tags(group.tags),
  };
}
