import type { AttachRolePolicyRequest, DetachRolePolicyRequest } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { parseIamArn } from '../iam-arns';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { invalidArn, limitExceeded, policyNotAttachable, policyNotFound } from '../iam-errors';
import { findPolicyByArn, requireRole } from '../iam-lookups';

/** Managed policies attached to one role: 10 by default (IAM User Guide, IAM and STS quotas). */
const MAX_ATTACHED_POLICIES = 10;

function checkInput(input: { RoleName?: string; PolicyArn?: string }): void {
  new ConstraintCheck()
    .string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName)
    .string('policyArn', input.PolicyArn, IAM_CONSTRAINTS.arn)
    .throwIfAny();
  if (!parseIamArn(input.PolicyArn!, 'policy')) throw invalidArn(input.PolicyArn!);
}

/** Attaching again what is already attached succeeds and changes nothing, as in IAM. */
export const attachRolePolicy = defineOperation<AttachRolePolicyRequest, object>((ctx, input) => {
  checkInput(input);
  const iam = ctx.state.iam;
  const role = requireRole(iam, input.RoleName!);
  const arn = input.PolicyArn!;
  if (!findPolicyByArn(iam, ctx.accountId, arn)) throw policyNotAttachable(arn);
  if (role.attachedPolicyArns.includes(arn)) return {};
  if (role.attachedPolicyArns.length >= MAX_ATTACHED_POLICIES) throw limitExceeded(`Cannot exceed quota for PoliciesPerRole: ${MAX_ATTACHED_POLICIES}`);
  role.attachedPolicyArns.push(arn);
  return {};
});

export const detachRolePolicy = defineOperation<DetachRolePolicyRequest, object>((ctx, input) => {
  checkInput(input);
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const arn = input.PolicyArn!;
  if (!role.attachedPolicyArns.includes(arn)) throw policyNotFound(arn);
  role.attachedPolicyArns = role.attachedPolicyArns.filter((attached) => attached !== arn);
  return {};
});
