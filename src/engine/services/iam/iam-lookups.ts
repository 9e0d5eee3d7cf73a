import { parseIamArn } from './iam-arns';
import { roleNotFound } from './iam-errors';
import { iamNameKey, type IamState } from './iam-state';
import { awsManagedPolicies } from './policies/aws-managed-policies';
import type { ManagedPolicyRecord } from './policies/managed-policy-record';
import type { RoleRecord } from './roles/role-record';

export function findRole(iam: IamState, roleName: string): RoleRecord | undefined {
  return Object.hasOwn(iam.roles, iamNameKey(roleName)) ? iam.roles[iamNameKey(roleName)] : undefined;
}

export function requireRole(iam: IamState, roleName: string): RoleRecord {
  const role = findRole(iam, roleName);
  if (!role) throw roleNotFound(roleName);
  return role;
}

/** The role an ARN of this account names (path included), if it exists. */
export function findRoleByArn(iam: IamState, accountId: string, roleArn: string): RoleRecord | undefined {
  const parsed = parseIamArn(roleArn, 'role');
  if (!parsed || parsed.accountId !== accountId) return undefined;
  const role = findRole(iam, parsed.name);
  return role && role.path === parsed.path ? role : undefined;
}

/** A customer managed policy of this account or an AWS managed one of the catalog, by ARN. */
export function findPolicyByArn(iam: IamState, accountId: string, policyArn: string): ManagedPolicyRecord | undefined {
  const parsed = parseIamArn(policyArn, 'policy');
  if (!parsed) return undefined;
  if (parsed.accountId === 'aws') return awsManagedPolicies().get(policyArn);
  if (parsed.accountId !== accountId) return undefined;
  const key = iamNameKey(parsed.name);
  const policy = Object.hasOwn(iam.policies, key) ? iam.policies[key] : undefined;
  return policy && policy.path === parsed.path && policy.policyName === parsed.name ? policy : undefined;
}

/** How many of the account's roles have the policy attached (the sandbox has no users or groups). */
export function attachmentCount(iam: IamState, policyArn: string): number {
  return Object.values(iam.roles).filter((role) => role.attachedPolicyArns.includes(policyArn)).length;
}

/**
 * For trust policies: whether a principal ARN names an entity IAM can resolve. Roles of this
 * account must exist; anything else (other accounts, the root, the learner) is taken as valid.
 */
export function principalResolver(iam: IamState, accountId: string): (arn: string) => boolean {
  return (arn) => {
    const parsed = parseIamArn(arn, 'role');
    if (!parsed || parsed.accountId !== accountId) return true;
    return findRoleByArn(iam, accountId, arn) !== undefined;
  };
}
