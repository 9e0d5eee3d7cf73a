import type { Tag } from '@aws-sdk/client-iam';
import type { IamTag } from './roles/role-record';

export function renderIamTags(tags: readonly IamTag[]): Tag[] {
  return tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
}
