import type { Ec2TagRecord } from '../ec2-tag';

/** One rule of a security group; `sourceGroupId` or `cidrIp` names the peer. */
export interface SecurityGroupRuleRecord {
  /** `-1` for all protocols, else `tcp`, `udp`, `icmp` or a protocol number. */
  readonly ipProtocol: string;
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly cidrIps: string[];
  readonly sourceGroupIds: string[];
}

/** A VPC security group as the sandbox keeps it. */
export interface SecurityGroupRecord {
  readonly groupId: string;
  readonly groupName: string;
  readonly description: string;
  readonly vpcId: string;
  readonly ownerId: string;
  readonly ingress: SecurityGroupRuleRecord[];
  readonly egress: SecurityGroupRuleRecord[];
  readonly tags: Ec2TagRecord[];
}
