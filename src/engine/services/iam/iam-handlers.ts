import type { ServiceHandlers } from '../../sandbox/service-handlers';
import { attachRolePolicy, detachRolePolicy } from './attachments/attach-role-policy';
import { listAttachedRolePolicies } from './attachments/list-attached-role-policies';
import { deleteRolePolicy, getRolePolicy, listRolePolicies, putRolePolicy } from './inline-policies/role-inline-policies';
import { createPolicy } from './policies/create-policy';
import { deletePolicy } from './policies/delete-policy';
import { getPolicy, getPolicyVersion } from './policies/get-policy';
import { listPolicies } from './policies/list-policies';
import { createRole } from './roles/create-role';
import { deleteRole } from './roles/delete-role';
import { getRole } from './roles/get-role';
import { listRoles } from './roles/list-roles';
import { listRoleTags, tagRole, untagRole } from './roles/role-tags';
import { updateAssumeRolePolicy } from './roles/update-assume-role-policy';

export const iamHandlers: ServiceHandlers = {
  service: 'iam',
  operations: {
    CreateRole: createRole,
    GetRole: getRole,
    ListRoles: listRoles,
    DeleteRole: deleteRole,
    UpdateAssumeRolePolicy: updateAssumeRolePolicy,
    TagRole: tagRole,
    UntagRole: untagRole,
    ListRoleTags: listRoleTags,
    CreatePolicy: createPolicy,
    GetPolicy: getPolicy,
    GetPolicyVersion: getPolicyVersion,
    ListPolicies: listPolicies,
    DeletePolicy: deletePolicy,
    AttachRolePolicy: attachRolePolicy,
    DetachRolePolicy: detachRolePolicy,
    ListAttachedRolePolicies: listAttachedRolePolicies,
    PutRolePolicy: putRolePolicy,
    GetRolePolicy: getRolePolicy,
    DeleteRolePolicy: deleteRolePolicy,
    ListRolePolicies: listRolePolicies,
  },
  transitions: {},
};
