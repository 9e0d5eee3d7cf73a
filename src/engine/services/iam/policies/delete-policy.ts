import type { DeletePolicyRequest } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { parseIamArn } from '../iam-arns';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { deleteConflict, invalidArn, invalidInput, policyNotFound } from '../iam-errors';
import { attachmentCount, findPolicyByArn } from '../iam-lookups';
import { iamNameKey } from '../iam-state';

/** Only customer managed policies can be deleted, and only once detached from everything. */
export const deletePolicy = defineOperation<DeletePolicyRequest, object>((ctx, input) => {
  new ConstraintCheck().string('policyArn', input.PolicyArn, IAM_CONSTRAINTS.arn).throwIfAny();
  const arn = input.PolicyArn!;
  const parsed = parseIamArn(arn, 'policy');
  if (!parsed) throw invalidArn(arn);
  const iam = ctx.state.iam;
  const policy = findPolicyByArn(iam, ctx.accountId, arn);
  if (!policy) throw policyNotFound(arn);
  if (parsed.accountId === 'aws') throw invalidInput(`Cannot delete an AWS managed policy: ${arn}`);
  if (attachmentCount(iam, arn) > 0) throw deleteConflict('Cannot delete a policy attached to entities.');
  delete iam.policies[iamNameKey(policy.policyName)];
  return {};
});
