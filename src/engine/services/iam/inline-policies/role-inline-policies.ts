import type {
  DeleteRolePolicyRequest,
  GetRolePolicyRequest,
  GetRolePolicyResponse,
  ListRolePoliciesRequest,
  ListRolePoliciesResponse,
  PutRolePolicyRequest,
} from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { encodePolicyDocument } from '../documents/encode-policy-document';
import { parsePolicyDocument, sizeWithoutWhitespace } from '../documents/policy-document';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { limitExceeded, rolePolicyNotFound } from '../iam-errors';
import { requireRole } from '../iam-lookups';
import { checkItemsRequest, checkMarker, pageOfItems } from '../iam-pagination';
import type { RoleRecord } from '../roles/role-record';

/** All of a role's inline policies together: at most 10,240 characters without whitespace. */
const INLINE_POLICIES_SIZE = 10240;

function checkNames(input: { RoleName?: string; PolicyName?: string }): void {
  new ConstraintCheck()
    .string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName)
    .string('policyName', input.PolicyName, IAM_CONSTRAINTS.policyName)
    .throwIfAny();
}

/** Inline policy names are case-sensitive within a role. */
function inlineDocument(role: RoleRecord, policyName: string): string {
  if (!Object.hasOwn(role.inlinePolicies, policyName)) throw rolePolicyNotFound(policyName);
  return role.inlinePolicies[policyName];
}

export const putRolePolicy = defineOperation<PutRolePolicyRequest, object>((ctx, input) => {
  checkNames(input);
  new ConstraintCheck().string('policyDocument', input.PolicyDocument, IAM_CONSTRAINTS.policyDocument).throwIfAny();
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const document = input.PolicyDocument!;
  parsePolicyDocument(document, 'identity');
  const others = Object.entries(role.inlinePolicies).filter(([name]) => name !== input.PolicyName);
  const total = others.reduce((sum, [, text]) => sum + sizeWithoutWhitespace(text), sizeWithoutWhitespace(document));
  if (total > INLINE_POLICIES_SIZE) throw limitExceeded(`Maximum policy size of ${INLINE_POLICIES_SIZE} bytes exceeded for role ${role.roleName}`);
  role.inlinePolicies[input.PolicyName!] = document;
  return {};
});

export const getRolePolicy = defineOperation<GetRolePolicyRequest, GetRolePolicyResponse>((ctx, input) => {
  checkNames(input);
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const document = inlineDocument(role, input.PolicyName!);
  return { RoleName: role.roleName, PolicyName: input.PolicyName!, PolicyDocument: encodePolicyDocument(document) };
});

export const deleteRolePolicy = defineOperation<DeleteRolePolicyRequest, object>((ctx, input) => {
  checkNames(input);
  const role = requireRole(ctx.state.iam, input.RoleName!);
  inlineDocument(role, input.PolicyName!);
  delete role.inlinePolicies[input.PolicyName!];
  return {};
});

export const listRolePolicies = defineOperation<ListRolePoliciesRequest, ListRolePoliciesResponse>((ctx, input) => {
  const check = new ConstraintCheck().string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName);
  checkItemsRequest(check, input);
  check.throwIfAny();
  checkMarker(input);
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const names = Object.keys(role.inlinePolicies).sort();
  const { page, ...truncation } = pageOfItems(names, (name) => name, input);
  return { PolicyNames: page, ...truncation };
});
