import type { ListRolesRequest, ListRolesResponse } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { checkItemsRequest, checkMarker, pageOfItems } from '../iam-pagination';
import { renderRole } from './render-role';

/** Roles in name order (IAM lists them alphabetically), optionally under a path prefix. */
export const listRoles = defineOperation<ListRolesRequest, ListRolesResponse>((ctx, input) => {
  const check = new ConstraintCheck().string('pathPrefix', input.PathPrefix, IAM_CONSTRAINTS.pathPrefix);
  checkItemsRequest(check, input);
  check.throwIfAny();
  checkMarker(input);
  const prefix = input.PathPrefix ?? '/';
  const roles = Object.entries(ctx.state.iam.roles)
    .filter(([, role]) => role.path.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { page, ...truncation } = pageOfItems(roles, ([key]) => key, input);
  return { Roles: page.map(([, role]) => renderRole(role, 'list')), ...truncation };
});
