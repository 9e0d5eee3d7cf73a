import type { DescribeSecurityGroupRulesRequest, DescribeSecurityGroupRulesResult } from '@aws-sdk/client-ec2';
import { defineOperation } from '../../../sandbox/service-handlers';
import { malformedRuleId, securityGroupRuleNotFound } from '../ec2-errors';
import { compileFilters, type FilterFields } from '../ec2-filters';
import { checkPageRequest, paginate } from '../ec2-pagination';
import { renderSecurityGroupRule } from './render-security-group-rule';
import type { SecurityGroupRecord, SecurityGroupRuleRecord } from './security-group-record';

interface RuleRow {
  readonly group: SecurityGroupRecord;
  readonly rule: SecurityGroupRuleRecord;
  readonly tags: SecurityGroupRuleRecord['tags'];
}

/** DescribeSecurityGroupRules' filters: `group-id`, `security-group-rule-id` and the tag filters. */
const RULE_FILTERS: FilterFields<RuleRow> = {
  'group-id': (row) => [row.group.groupId],
  'security-group-rule-id': (row) => [row.rule.ruleId],
};

const RULE_ID = /^sgr-[0-9a-f]{17}$/;

export const describeSecurityGroupRules = defineOperation<DescribeSecurityGroupRulesRequest, DescribeSecurityGroupRulesResult>((ctx, input) => {
  const matches = compileFilters(input.Filters, RULE_FILTERS);
  checkPageRequest(input);
  const rows: RuleRow[] = Object.values(ctx.regionState.ec2.securityGroups).flatMap((group) =>
    group.rules.map((rule) => ({ group, rule, tags: rule.tags })),
  );
  const requested = input.SecurityGroupRuleIds ?? [];
  for (const ruleId of requested) if (!RULE_ID.test(ruleId)) throw malformedRuleId(ruleId);
  const missing = requested.filter((ruleId) => !rows.some((row) => row.rule.ruleId === ruleId));
  if (missing.length > 0) throw securityGroupRuleNotFound(missing);
  const listed = rows
    .filter((row) => (requested.length === 0 || requested.includes(row.rule.ruleId)) && matches(row))
    .sort((a, b) => (a.rule.ruleId < b.rule.ruleId ? -1 : 1));
  const { page, nextToken } = paginate(listed, (row) => row.rule.ruleId, input);
  return { SecurityGroupRules: page.map((row) => renderSecurityGroupRule(ctx.region, row.group, row.rule)), NextToken: nextToken };
});
