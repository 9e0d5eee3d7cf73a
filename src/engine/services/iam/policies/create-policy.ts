import type { CreatePolicyRequest, CreatePolicyResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkManagedPolicyDocument } from '../documents/policy-document';
import { iamArn } from '../iam-arns';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { policyAlreadyExists } from '../iam-errors';
import { iamNameKey } from '../iam-state';
import { iamTagsOf } from '../iam-tag-input';
import type { ManagedPolicyRecord } from './managed-policy-record';
import { renderPolicy } from './render-policy';

export const createPolicy = defineOperation<CreatePolicyRequest, CreatePolicyResponse>((ctx, input) => {
  new ConstraintCheck()
    .string('policyName', input.PolicyName, IAM_CONSTRAINTS.policyName)
    .string('path', input.Path, IAM_CONSTRAINTS.policyPath)
    .string('policyDocument', input.PolicyDocument, IAM_CONSTRAINTS.policyDocument)
    .string('description', input.Description, IAM_CONSTRAINTS.policyDescription)
    .tags(input.Tags)
    .throwIfAny();
  const iam = ctx.state.iam;
  const policyName = input.PolicyName!;
  const document = input.PolicyDocument!;
  checkManagedPolicyDocument(document);
  const tags = iamTagsOf(input.Tags);
  const key = iamNameKey(policyName);
  if (Object.hasOwn(iam.policies, key)) throw policyAlreadyExists(policyName);
  const path = input.Path ?? '/';
  const now = ctx.now.getTime();
  const policy: ManagedPolicyRecord = {
    policyName,
    policyId: `ANPA${ctx.ids.upperAlnum(17)}`,
    path,
    arn: iamArn(ctx.accountId, 'policy', path, policyName),
    description: input.Description ?? null,
    createDate: now,
    updateDate: now,
    defaultVersionId: 'v1',
    versions: [{ versionId: 'v1', document, isDefaultVersion: true, createDate: now }],
    tags,
  };
  iam.policies[key] = policy;
  return { Policy: renderPolicy(policy, 0, 'create') };
});
