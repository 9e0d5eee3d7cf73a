import type { GetPolicyRequest, GetPolicyResponse, GetPolicyVersionRequest, GetPolicyVersionResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { parseIamArn } from '../iam-arns';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { invalidArn, policyNotFound, policyVersionNotFound } from '../iam-errors';
import { attachmentCount, findPolicyByArn } from '../iam-lookups';
import type { IamState } from '../iam-state';
import type { ManagedPolicyRecord } from './managed-policy-record';
import { renderPolicy, renderPolicyVersion } from './render-policy';

function requirePolicy(iam: IamState, accountId: string, policyArn: string): ManagedPolicyRecord {
  if (!parseIamArn(policyArn, 'policy')) throw invalidArn(policyArn);
  const policy = findPolicyByArn(iam, accountId, policyArn);
  if (!policy) throw policyNotFound(policyArn);
  return policy;
}

export const getPolicy = defineOperation<GetPolicyRequest, GetPolicyResponse>((ctx, input) => {
  new ConstraintCheck().string('policyArn', input.PolicyArn, IAM_CONSTRAINTS.arn).throwIfAny();
  const policy = requirePolicy(ctx.state.iam, ctx.accountId, input.PolicyArn!);
  return { Policy: renderPolicy(policy, attachmentCount(ctx.state.iam, policy.arn), 'get') };
});

export const getPolicyVersion = defineOperation<GetPolicyVersionRequest, GetPolicyVersionResponse>((ctx, input) => {
  new ConstraintCheck()
    .string('policyArn', input.PolicyArn, IAM_CONSTRAINTS.arn)
    .string('versionId', input.VersionId, IAM_CONSTRAINTS.policyVersionId)
    .throwIfAny();
  const policy = requirePolicy(ctx.state.iam, ctx.accountId, input.PolicyArn!);
  const version = policy.versions.find((v) => v.versionId === input.VersionId);
  if (!version) throw policyVersionNotFound(policy.arn, input.VersionId!);
  return { PolicyVersion: renderPolicyVersion(version) };
});
