import type { ListPoliciesRequest, ListPoliciesResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { attachmentCount } from '../iam-lookups';
import { checkItemsRequest, checkMarker, pageOfItems } from '../iam-pagination';
import { awsManagedPolicies } from './aws-managed-policies';
import { renderPolicy } from './render-policy';

/**
 * Managed policies by `Scope` (`All` by default, `AWS` for AWS managed, `Local` for the account's
 * own), `OnlyAttached`, `PathPrefix` and `PolicyUsageFilter`, in name order.
 */
export const listPolicies = defineOperation<ListPoliciesRequest, ListPoliciesResponse>((ctx, input) => {
  const check = new ConstraintCheck().string('pathPrefix', input.PathPrefix, IAM_CONSTRAINTS.policyPath);
  checkItemsRequest(check, input);
  check.throwIfAny();
  checkMarker(input);
  const iam = ctx.state.iam;
  const scope = input.Scope ?? 'All';
  const candidates = [
    ...(scope === 'Local' ? [] : [...awsManagedPolicies().values()]),
    ...(scope === 'AWS' ? [] : Object.values(iam.policies)),
  ];
  const prefix = input.PathPrefix ?? '/';
  const listed = candidates
    .map((policy) => ({ policy, attachments: attachmentCount(iam, policy.arn) }))
    .filter(({ policy, attachments }) => policy.path.startsWith(prefix) && (input.OnlyAttached !== true || attachments > 0))
    // No policy is a permissions boundary in the sandbox, so that filter lists nothing.
    .filter(() => input.PolicyUsageFilter !== 'PermissionsBoundary')
    .map((entry) => ({ ...entry, key: `${entry.policy.policyName}\u0000${entry.policy.arn}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { page, ...truncation } = pageOfItems(listed, ({ key }) => key, input);
  return { Policies: page.map(({ policy, attachments }) => renderPolicy(policy, attachments, 'list')), ...truncation };
});
