import type { CreateRoleRequest, CreateRoleResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { checkTrustPolicyDocument } from '../documents/policy-document';
import { iamArn } from '../iam-arns';
import { ConstraintCheck, IAM_CONSTRAINTS, IAM_NUMBER_CONSTRAINTS } from '../iam-constraints';
import { roleAlreadyExists } from '../iam-errors';
import { findRole, principalResolver } from '../iam-lookups';
import { iamNameKey } from '../iam-state';
import { iamTagsOf } from '../iam-tag-input';
import { renderRole } from './render-role';

/** Sessions last an hour unless the role says otherwise (IAM API reference, CreateRole). */
const DEFAULT_MAX_SESSION_DURATION = 3600;

export const createRole = defineOperation<CreateRoleRequest, CreateRoleResponse>((ctx, input) => {
  new ConstraintCheck()
    .string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName)
    .string('path', input.Path, IAM_CONSTRAINTS.path)
    .string('assumeRolePolicyDocument', input.AssumeRolePolicyDocument, IAM_CONSTRAINTS.policyDocument)
    .string('description', input.Description, IAM_CONSTRAINTS.roleDescription)
    .number('maxSessionDuration', input.MaxSessionDuration, IAM_NUMBER_CONSTRAINTS.maxSessionDuration)
    .tags(input.Tags)
    .throwIfAny();
  const iam = ctx.state.iam;
  const roleName = input.RoleName!;
  const document = input.AssumeRolePolicyDocument!;
  checkTrustPolicyDocument(document, principalResolver(iam, ctx.accountId));
  const tags = iamTagsOf(input.Tags);
  if (findRole(iam, roleName)) throw roleAlreadyExists(roleName);
  const path = input.Path ?? '/';
  const role = {
    roleName,
    roleId: `AROA${ctx.ids.upperAlnum(17)}`,
    path,
    arn: iamArn(ctx.accountId, 'role', path, roleName),
    createDate: ctx.now.getTime(),
    assumeRolePolicyDocument: document,
    description: input.Description ?? null,
    maxSessionDuration: input.MaxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
    tags,
    attachedPolicyArns: [],
    inlinePolicies: {},
  };
  iam.roles[iamNameKey(roleName)] = role;
  return { Role: renderRole(role, 'create') };
});
