import type { GetRoleRequest, GetRoleResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { requireRole } from '../iam-lookups';
import { renderRole } from './render-role';

export const getRole = defineOperation<GetRoleRequest, GetRoleResponse>((ctx, input) => {
  new ConstraintCheck().string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName).throwIfAny();
  return { Role: renderRole(requireRole(ctx.state.iam, input.RoleName!), 'get') };
});
