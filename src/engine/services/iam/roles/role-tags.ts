import type { ListRoleTagsRequest, ListRoleTagsResponse, TagRoleRequest, UntagRoleRequest } from '@aws-sdk/client-iam';
import { defineOperation } from '../../../sandbox/service-handlers';
import { ConstraintCheck, IAM_CONSTRAINTS } from '../iam-constraints';
import { limitExceeded } from '../iam-errors';
import { requireRole } from '../iam-lookups';
import { checkItemsRequest, checkMarker, pageOfItems } from '../iam-pagination';
import { iamTagsOf, mergeIamTags } from '../iam-tag-input';
import { renderIamTags } from '../render-iam-tags';

/** An IAM role holds at most 50 tags (IAM User Guide, IAM and STS quotas). */
const MAX_TAGS = 50;

export const tagRole = defineOperation<TagRoleRequest, object>((ctx, input) => {
  new ConstraintCheck().string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName).tags(input.Tags).throwIfAny();
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const merged = mergeIamTags(role.tags, iamTagsOf(input.Tags));
  if (merged.length > MAX_TAGS) throw limitExceeded(`Cannot exceed quota for TagsPerRole: ${MAX_TAGS}`);
  role.tags = merged;
  return {};
});

export const untagRole = defineOperation<UntagRoleRequest, object>((ctx, input) => {
  const check = new ConstraintCheck().string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName);
  (input.TagKeys ?? []).forEach((key, i) => check.string(`tagKeys.${i + 1}.member`, key, IAM_CONSTRAINTS.tagKey));
  check.throwIfAny();
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const removed = new Set((input.TagKeys ?? []).map((key) => key.toLowerCase()));
  role.tags = role.tags.filter((tag) => !removed.has(tag.key.toLowerCase()));
  return {};
});

export const listRoleTags = defineOperation<ListRoleTagsRequest, ListRoleTagsResponse>((ctx, input) => {
  const check = new ConstraintCheck().string('roleName', input.RoleName, IAM_CONSTRAINTS.roleName);
  checkItemsRequest(check, input);
  check.throwIfAny();
  checkMarker(input);
  const role = requireRole(ctx.state.iam, input.RoleName!);
  const byKey = [...role.tags].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { page, ...truncation } = pageOfItems(byKey, (tag) => tag.key, input);
  return { Tags: renderIamTags(page), ...truncation };
});
