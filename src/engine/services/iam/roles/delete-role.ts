import type { DeleteRoleRequest } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { deleteConflict } from '../iam-errors';
import { requireRole } from '../iam-lookups';
import { iamNameKey } from '../iam-state';

/** IAM refuses to delete a role that still has policies (IAM User Guide, "Deleting roles"). */
export const deleteRole = defineOperation<DeleteRoleRequest, object>((ctx, input) => {
  new ConstraintCheck().string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName).throwIfAny();
  const role = requireRole(ctx.state.iam, input.RoleName!);
  if (role.attachedPolicyArns.length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
  if (Object.keys(role.inlinePolicies).length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
  delete ctx.state.iam.roles[iamNameKey(role.roleName)];
  return {};
});
