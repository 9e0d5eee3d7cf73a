import type { Tag } from '@aws-sdk/client-kms';
import { modeledError } from '../../../model/modeled-error';
import { constraintViolation } from '../kms-errors';
import type { KmsTagRecord } from '../keys/kms-key-record';

/** Checks requested tags (KMS's limits: keys 1–128, values 0–256 characters, no `aws:` prefix). */
export function checkTags(tags: readonly Tag[] | undefined): KmsTagRecord[] {
  const out: KmsTagRecord[] = [];
  (tags ?? []).forEach((tag, i) => {
    const key = tag.TagKey ?? '';
    const value = tag.TagValue ?? '';
    if (key.length < 1 || key.length > 128) {
      throw constraintViolation(key, `tags.${i + 1}.member.tagKey`, `Member must have length ${key.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 128'}`);
    }
    if (value.length > 256) {
      throw constraintViolation(value, `tags.${i + 1}.member.tagValue`, 'Member must have length less than or equal to 256');
    }
    if (key.toLowerCase().startsWith('aws:')) throw modeledError('kms', 'TagException', 'Tags beginning with aws: are reserved');
    out.push({ key, value });
  });
  return out;
}

/** Tags merged as TagResource does: a key given again gets the new value. */
export function mergeTags(current: readonly KmsTagRecord[], added: readonly KmsTagRecord[]): KmsTagRecord[] {
  const merged = new Map(current.map((tag) => [tag.key, tag.value]));
  for (const tag of added) merged.set(tag.key, tag.value);
  return [...merged].map(([key, value]) => ({ key, value }));
}

export function renderTags(tags: readonly KmsTagRecord[]): Tag[] {
  return tags.map((tag) => ({ TagKey: tag.key, TagValue: tag.value }));
}
