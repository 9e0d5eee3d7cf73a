import type { AuthorizeSecurityGroupIngressResult, TagSpecification } from '@aws-sdk/client-ec2';
import type { OperationContext } from '../../../sandbox/operation-context';
import { dryRunSucceeded, permissionDuplicate, rulesPerGroupLimitExceeded } from '../ec2-errors';
import { tagsFromSpecifications } from '../tag-specifications';
import { renderSecurityGroupRule } from './render-security-group-rule';
import { requestedPermissions, requestedRules, type RuleRequest } from './requested-rules';
import { ruleKey, ruleText } from './rule-identity';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

/** Inbound or outbound rules per group, counted separately for IPv4 and IPv6 peers (EC2 quota). */
const MAX_RULES_PER_DIRECTION = 60;

export interface AuthorizeRequest extends RuleRequest {
  readonly TagSpecifications?: TagSpecification[] | undefined;
  readonly DryRun?: boolean | undefined;
}

function checkRuleQuota(rules: readonly { readonly peer: SecurityGroupRuleRecord['peer'] }[]): void {
  const ipv6 = rules.filter((rule) => rule.peer.kind === 'ipv6').length;
  if (ipv6 > MAX_RULES_PER_DIRECTION || rules.length - ipv6 > MAX_RULES_PER_DIRECTION) throw rulesPerGroupLimitExceeded();
}

/**
 * Adds the rules a request spells out to one direction of `group`, all or none: a rule that exists
 * already (or twice in the request) is refused with `InvalidPermission.Duplicate`.
 */
export function authorizeRules(
  ctx: OperationContext,
  group: SecurityGroupRecord,
  isEgress: boolean,
  request: AuthorizeRequest,
): AuthorizeSecurityGroupIngressResult {
  const requested = requestedRules(ctx.regionState.ec2, ctx.accountId, requestedPermissions(request), 'must-exist');
  const existing = group.rules.filter((rule) => rule.isEgress === isEgress);
  const seen = new Set(existing.map(ruleKey));
  for (const rule of requested) {
    const key = ruleKey(rule);
    if (seen.has(key)) throw permissionDuplicate(ruleText(rule));
    seen.add(key);
  }
  checkRuleQuota([...existing, ...requested]);
  const tags = tagsFromSpecifications(request.TagSpecifications, 'security-group-rule');
  if (request.DryRun === true) throw dryRunSucceeded();

  const added: SecurityGroupRuleRecord[] = requested.map((rule) => ({
    ruleId: `sgr-${ctx.ids.hex(17)}`,
    isEgress,
    ...rule,
    tags: tags.map((tag) => ({ ...tag })),
  }));
  group.rules.push(...added);
  return { Return: true, SecurityGroupRules: added.map((rule) => renderSecurityGroupRule(ctx.region, group, rule)) };
}
