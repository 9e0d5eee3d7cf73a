import type { UpdateAssumeRolePolicyRequest } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkTrustPolicyDocument } from '../documents/policy-document';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { principalResolver, requireRole } from '../iam-lookups';

export const updateAssumeRolePolicy = defineOperation<UpdateAssumeRolePolicyRequest, object>((ctx, input) => {
  new ConstraintCheck()
    .string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName)
    .string('policyDocument', input.PolicyDocument, IAM_CONSTRAINTS.policyDocument)
    .throwIfAny();
  const role = requireRole(ctx.state.iam, input.RoleName!);
  checkTrustPolicyDocument(input.PolicyDocument!, principalResolver(ctx.state.iam, ctx.accountId));
  role.assumeRolePolicyDocument = input.PolicyDocument!;
  return {};
});
