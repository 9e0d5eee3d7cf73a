import type { FilterField, FilterFields } from '../ec2-filters';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

type RuleField = (rule: SecurityGroupRuleRecord, groups: Readonly<Record<string, SecurityGroupRecord>>) => readonly string[];

const RULE_FIELDS: Readonly<Record<string, RuleField>> = {
  cidr: (rule) => (rule.peer.kind === 'ipv4' ? [rule.peer.cidr] : []),
  'ipv6-cidr': (rule) => (rule.peer.kind === 'ipv6' ? [rule.peer.cidr] : []),
  'prefix-list-id': (rule) => (rule.peer.kind === 'prefix-list' ? [rule.peer.prefixListId] : []),
  'group-id': (rule) => (rule.peer.kind === 'group' ? [rule.peer.groupId] : []),
  'group-name': (rule, groups) => {
    const peer = rule.peer;
    if (peer.kind !== 'group') return [];
    const group = Object.hasOwn(groups, peer.groupId) ? groups[peer.groupId] : undefined;
    return group ? [group.groupName] : [];
  },
  'user-id': (rule) => (rule.peer.kind === 'group' ? [rule.peer.userId] : []),
  protocol: (rule) => [rule.ipProtocol],
  'from-port': (rule) => [String(rule.fromPort ?? -1)],
  'to-port': (rule) => [String(rule.toPort ?? -1)],
};

/**
 * DescribeSecurityGroups' filters (EC2 API reference): the group's own fields, and
 * `ip-permission.*` / `egress.ip-permission.*` over its inbound / outbound rules.
 */
export function securityGroupFilters(groups: Readonly<Record<string, SecurityGroupRecord>>): FilterFields<SecurityGroupRecord> {
  const fields: Record<string, FilterField<SecurityGroupRecord>> = {
    'group-id': (group) => [group.groupId],
    'group-name': (group) => [group.groupName],
    'vpc-id': (group) => [group.vpcId],
    description: (group) => [group.description],
    'owner-id': (group) => [group.ownerId],
  };
  for (const [name, field] of Object.entries(RULE_FIELDS)) {
    fields[`ip-permission.${name}`] = (group) => group.rules.filter((rule) => !rule.isEgress).flatMap((rule) => field(rule, groups));
    fields[`egress.ip-permission.${name}`] = (group) => group.rules.filter((rule) => rule.isEgress).flatMap((rule) => field(rule, groups));
  }
  return fields;
}
