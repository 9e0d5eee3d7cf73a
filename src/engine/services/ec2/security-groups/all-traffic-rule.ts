import type { SecurityGroupRulePeer, SecurityGroupRuleRecord } from './security-group-record';

/** A rule for every protocol and port: what a new group's egress and the default group's ingress hold. */
export function allTrafficRule(ruleId: string, isEgress: boolean, peer: SecurityGroupRulePeer): SecurityGroupRuleRecord {
  return { ruleId, isEgress, ipProtocol: '-1', fromPort: null, toPort: null, peer, description: null, tags: [] };
}
