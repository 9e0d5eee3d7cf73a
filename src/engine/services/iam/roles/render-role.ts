import type { Role } from '@aws-sdk/client-iam';
import { encodePolicyDocument } from '../documents/encode-policy-document';
import { renderIamTags } from '../render-iam-tags';
import type { RoleRecord } from './role-record';

/**
 * A role as each operation returns it: `CreateRole` leaves out `MaxSessionDuration` and
 * `RoleLastUsed`; `ListRoles` leaves out `Tags`, `RoleLastUsed` and `PermissionsBoundary`
 * (IAM API reference, ListRoles); `GetRole` gives everything.
 */
export function renderRole(role: RoleRecord, view: 'create' | 'get' | 'list'): Role {
  const out: Role = {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: new Date(role.createDate),
    AssumeRolePolicyDocument: encodePolicyDocument(role.assumeRolePolicyDocument),
  };
  if (role.description !== null) out.Description = role.description;
  if (view !== 'create') out.MaxSessionDuration = role.maxSessionDuration;
  if (view !== 'list' && role.tags.length > 0) out.Tags = renderIamTags(role.tags);
  if (view === 'get') out.RoleLastUsed = {};
  return out;
}
