import type { RequestedRule } from './requested-rules';
import type { SecurityGroupRulePeer } from './security-group-record';

export function peerKey(peer: SecurityGroupRulePeer): string {
  switch (peer.kind) {
    case 'ipv4':
    case 'ipv6':
      return peer.cidr;
    case 'group':
      return peer.groupId;
    case 'prefix-list':
      return peer.prefixListId;
  }
}

/** What makes two rules the same rule (the description does not). */
export function ruleKey(rule: Omit<RequestedRule, 'description'>): string {
  return [rule.ipProtocol, rule.fromPort ?? '', rule.toPort ?? '', rule.peer.kind, peerKey(rule.peer)].join('|');
}

/**
 * How EC2 spells a rule in `InvalidPermission.Duplicate`: `peer: 0.0.0.0/0, TCP, from port: 22,
 * to port: 22, ALLOW`.
 */
export function ruleText(rule: Omit<RequestedRule, 'description'>): string {
  const peer = `peer: ${peerKey(rule.peer)}`;
  if (rule.ipProtocol === '-1') return `${peer}, ALL, ALLOW`;
  if (rule.ipProtocol === 'icmp' || rule.ipProtocol === 'icmpv6') {
    return `${peer}, ${rule.ipProtocol.toUpperCase()}, type: ${rule.fromPort}, code: ${rule.toPort}, ALLOW`;
  }
  if (rule.fromPort === null) return `${peer}, ${rule.ipProtocol.toUpperCase()}, ALLOW`;
  return `${peer}, ${rule.ipProtocol.toUpperCase()}, from port: ${rule.fromPort}, to port: ${rule.toPort}, ALLOW`;
}
