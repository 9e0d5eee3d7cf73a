import type { ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { findPolicyByArn, requireRole } from '../iam-lookups';
import { checkItemsRequest, checkMarker, pageOfItems } from '../iam-pagination';

export const listAttachedRolePolicies = defineOperation<ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse>((ctx, input) => {
  const check = new ConstraintCheck()
    .string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName)
    .string('pathPrefix', input.PathPrefix, IAM_CONSTRAINTS.policyPath);
  checkItemsRequest(check, input);
  check.throwIfAny();
  checkMarker(input);
  const iam = ctx.state.iam;
  const role = requireRole(iam, input.RoleName!);
  const prefix = input.PathPrefix ?? '/';
  const attached = role.attachedPolicyArns
    .map((arn) => findPolicyByArn(iam, ctx.accountId, arn))
    .filter((policy) => policy !== undefined && policy.path.startsWith(prefix))
    .map((policy, i) => ({ order: String(i).padStart(4, '0'), policy: { PolicyName: policy!.policyName, PolicyArn: policy!.arn } }));
  // In attachment order; the marker names a position in it.
  const { page, ...truncation } = pageOfItems(attached, (entry) => entry.order, input);
  return { AttachedPolicies: page.map((entry) => entry.policy), ...truncation };
});
