import type { Tag } from '@aws-sdk/client-iam';
import { invalidInput } from './iam-errors';
import type { IamTag } from './roles/role-record';

/** Tags as sent; IAM refuses two keys that differ only in case. */
export function iamTagsOf(tags: readonly Tag[] | undefined): IamTag[] {
  const list = (tags ?? []).map((tag) => ({ key: tag.Key ?? '', value: tag.Value ?? '' }));
  const keys = new Set(list.map((tag) => tag.key.toLowerCase()));
  if (keys.size !== list.length) throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
  return list;
}

/** Merges tags into a list: a key already there (in any case) takes the new value. */
export function mergeIamTags(existing: readonly IamTag[], added: readonly IamTag[]): IamTag[] {
  const merged = existing.filter((tag) => !added.some((a) => a.key.toLowerCase() === tag.key.toLowerCase()));
  return [...merged, ...added];
}
