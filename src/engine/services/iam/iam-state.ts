import type { ManagedPolicyRecord } from './policies/managed-policy-record';
import type { RoleRecord } from './roles/role-record';

/**
 * The account's IAM roles and customer managed policies (IAM is global: one per sandbox, not per
 * region). IAM names are unique without regard to case, so both maps are keyed by the lowercased
 * name; records keep the name as it was given.
 */
export interface IamState {
  readonly roles: Record<string, RoleRecord>;
  readonly policies: Record<string, ManagedPolicyRecord>;
}

export function createIamState(): IamState {
  return { roles: {}, policies: {} };
}

/** The key of a role or policy name in `IamState` (IAM names are case-insensitive). */
export function iamNameKey(name: string): string {
  return name.toLowerCase();
}
