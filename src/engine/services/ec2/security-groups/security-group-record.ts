import type { Ec2TagRecord } from '../ec2-tag';

/** What a rule lets traffic come from (ingress) or go to (egress): exactly one peer per rule. */
export type SecurityGroupRulePeer =
  | { readonly kind: 'ipv4'; readonly cidr: string }
  | { readonly kind: 'ipv6'; readonly cidr: string }
  | { readonly kind: 'group'; readonly groupId: string; readonly userId: string }
  | { readonly kind: 'prefix-list'; readonly prefixListId: string };

/**
 * One security group rule as EC2 keeps it since rule ids exist: one protocol, one port range and
 * one peer, with its own `sgr-` id. `IpPermissions` are a grouped view of these.
 */
export interface SecurityGroupRuleRecord {
  readonly ruleId: string;
  readonly isEgress: boolean;
  /** `-1` (all), `tcp`, `udp`, `icmp`, `icmpv6`, or another protocol number (`50`). */
  readonly ipProtocol: string;
  /** Port range for tcp/udp, ICMP type/code for icmp/icmpv6; null where the protocol has none. */
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly peer: SecurityGroupRulePeer;
  readonly description: string | null;
  readonly tags: Ec2TagRecord[];
}

/** A VPC security group as the sandbox keeps it; `rules` in the order they were authorized. */
export interface SecurityGroupRecord {
  readonly groupId: string;
  readonly groupName: string;
  readonly description: string;
  readonly vpcId: string;
  readonly ownerId: string;
  rules: SecurityGroupRuleRecord[];
  readonly tags: Ec2TagRecord[];
}
