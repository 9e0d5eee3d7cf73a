import { parsePolicyDocument } from '../documents/policy-document';
import { trustPolicyAllowsService } from '../documents/trust-policy-allows';
import { findRoleByArn } from '../iam-lookups';
import type { IamState } from '../iam-state';

/**
 * Whether `roleArn` names an existing role of the account whose trust policy lets `service`
 * (e.g. `monitoring.rds.amazonaws.com`) assume it: what another service checks before it accepts
 * a role to act with.
 */
export function roleTrustsService(iam: IamState, accountId: string, roleArn: string, service: string): boolean {
  const role = findRoleByArn(iam, accountId, roleArn);
  if (!role) return false;
  return trustPolicyAllowsService(parsePolicyDocument(role.assumeRolePolicyDocument, 'trust'), service);
}
