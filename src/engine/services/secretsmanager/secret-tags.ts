import type { Tag } from '@aws-sdk/client-secrets-manager';
import type { SecretTagRecord } from './secret-record';
import { invalidParameter } from './secretsmanager-errors';

const MAX_TAGS = 50;

/** Tags from a request: each needs a key; a key given twice keeps its last value. */
export function checkTags(tags: readonly Tag[] | undefined): SecretTagRecord[] {
  const byKey = new Map<string, string>();
  for (const tag of tags ?? []) {
    if (tag.Key === undefined || tag.Key === '') throw invalidParameter('You must provide a tag key.');
    byKey.set(tag.Key, tag.Value ?? '');
  }
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}

/** `existing` with `added` applied (a key already there takes the new value), at most 50 tags. */
export function mergeTags(existing: readonly SecretTagRecord[], added: readonly SecretTagRecord[]): SecretTagRecord[] {
  const byKey = new Map(existing.map((tag) => [tag.Key, tag.Value]));
  for (const tag of added) byKey.set(tag.Key, tag.Value);
  if (byKey.size > MAX_TAGS) throw invalidParameter(`A secret can have at most ${MAX_TAGS} tags.`);
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}
