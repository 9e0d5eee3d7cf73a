import type { RevokeSecurityGroupIngressResult } from '@aws-sdk/client-ec2';
import type { OperationContext } from '../../../sandbox/operation-context';
import { defaultVpcOf } from '../ec2-state';
import { dryRunSucceeded, invalidParameterCombination, malformedRuleId, permissionNotFound, securityGroupRuleNotFound } from '../ec2-errors';
import { renderIpPermissions } from './render-security-group';
import { renderRevokedRule } from './render-security-group-rule';
import { requestedPermissions, requestedRules, type RuleRequest } from './requested-rules';
import { ruleKey } from './rule-identity';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

const RULE_ID = /^sgr-[0-9a-f]{17}$/;

export interface RevokeRequest extends RuleRequest {
  readonly SecurityGroupRuleIds?: string[] | undefined;
  readonly DryRun?: boolean | undefined;
}

function rulesById(group: SecurityGroupRecord, isEgress: boolean, ruleIds: readonly string[]): SecurityGroupRuleRecord[] {
  for (const ruleId of ruleIds) if (!RULE_ID.test(ruleId)) throw malformedRuleId(ruleId);
  const own = group.rules.filter((rule) => rule.isEgress === isEgress);
  const missing = ruleIds.filter((ruleId) => !own.some((rule) => rule.ruleId === ruleId));
  if (missing.length > 0) throw securityGroupRuleNotFound([...new Set(missing)]);
  return own.filter((rule) => ruleIds.includes(rule.ruleId));
}

/**
 * Removes rules from one direction of `group`, named by id or by their properties (the description
 * does not count). A rule that does not exist is reported back in `UnknownIpPermissions` for a
 * group of the default VPC, and refused with `InvalidPermission.NotFound` elsewhere (nothing revoked).
 */
export function revokeRules(ctx: OperationContext, group: SecurityGroupRecord, isEgress: boolean, request: RevokeRequest): RevokeSecurityGroupIngressResult {
  const ruleIds = request.SecurityGroupRuleIds ?? [];
  let revoked: SecurityGroupRuleRecord[];
  const unknown: SecurityGroupRuleRecord[] = [];
  if (ruleIds.length > 0) {
    if (request.IpPermissions !== undefined || request.IpProtocol !== undefined || request.CidrIp !== undefined || request.SourceSecurityGroupName !== undefined) {
      throw invalidParameterCombination('SecurityGroupRuleIds cannot be combined with IpPermissions or the rule parameters.');
    }
    revoked = rulesById(group, isEgress, ruleIds);
  } else {
    const requested = requestedRules(ctx.regionState.ec2, ctx.accountId, requestedPermissions(request), 'match-only');
    const own = group.rules.filter((rule) => rule.isEgress === isEgress);
    revoked = [];
    for (const rule of requested) {
      const match = own.find((candidate) => ruleKey(candidate) === ruleKey(rule));
      if (match) {
        if (!revoked.includes(match)) revoked.push(match);
      } else {
        unknown.push({ ...rule, ruleId: '', isEgress, tags: [] });
      }
    }
    if (unknown.length > 0 && group.vpcId !== defaultVpcOf(ctx.regionState.ec2)?.vpcId) throw permissionNotFound();
  }
  if (request.DryRun === true) throw dryRunSucceeded();

  group.rules = group.rules.filter((rule) => !revoked.includes(rule));
  return {
    Return: unknown.length === 0,
    UnknownIpPermissions: unknown.length > 0 ? renderIpPermissions(unknown) : undefined,
    RevokedSecurityGroupRules: revoked.length > 0 ? revoked.map((rule) => renderRevokedRule(group, rule)) : undefined,
  };
}
