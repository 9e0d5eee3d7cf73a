import type { Tag } from '@aws-sdk/client-rds';
import { invalidParameterValue } from '../rds-errors';
import type { RdsTagRecord } from '../rds-tag';

/**
 * RDS tag rules (UG/USER_Tagging.html): at most 50 tags per resource; a key of 1–128 and a value of
 * 0–256 Unicode letters, digits, white space and `_ . : / = + - @`; neither may start with `aws:`,
 * and a key may not start with `rds:` either.
 */
export const MAX_TAGS_PER_RESOURCE = 50;
const MAX_KEY_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function checkKey(key: string): void {
  if (key.length < 1 || key.length > MAX_KEY_LENGTH) {
    throw invalidParameterValue(`Tag key must be between 1 and ${MAX_KEY_LENGTH} characters long: '${key}'.`);
  }
  if (!TAG_CHARACTERS.test(key)) {
    throw invalidParameterValue(`Tag key '${key}' contains invalid characters. Allowed: Unicode letters, digits, white space, and _ . : / = + - @`);
  }
  if (/^aws:/i.test(key) || /^rds:/i.test(key)) {
    throw invalidParameterValue(`Tag keys can't start with 'aws:' or 'rds:': '${key}'. These prefixes are reserved for AWS use.`);
  }
}

function checkValue(key: string, value: string): void {
  if ([...value].length > MAX_VALUE_LENGTH) {
    throw invalidParameterValue(`Tag value for key '${key}' must be at most ${MAX_VALUE_LENGTH} characters long.`);
  }
  if (!TAG_CHARACTERS.test(value)) {
    throw invalidParameterValue(`Tag value for key '${key}' contains invalid characters. Allowed: Unicode letters, digits, white space, and _ . : / = + - @`);
  }
  if (/^aws:/i.test(value)) throw invalidParameterValue(`Tag values can't start with 'aws:' (key '${key}').`);
}

/** The resource's tags after adding `tags` (a key already present takes the new value). */
export function mergeTags(existing: readonly RdsTagRecord[], tags: readonly Tag[]): RdsTagRecord[] {
  const merged = existing.map((tag) => ({ ...tag }));
  for (const tag of tags) {
    const key = tag.Key;
    if (key === undefined) throw invalidParameterValue('Tag key must be specified.');
    checkKey(key);
    const value = tag.Value ?? '';
    checkValue(key, value);
    const at = merged.findIndex((t) => t.key === key);
    if (at >= 0) merged[at] = { key, value };
    else merged.push({ key, value });
  }
  if (merged.length > MAX_TAGS_PER_RESOURCE) {
    throw invalidParameterValue(`Cannot add tags: a resource can have at most ${MAX_TAGS_PER_RESOURCE} tags, and this request would leave it with ${merged.length}.`);
  }
  return merged;
}

/** Replaces the contents of a record's tag list in place. */
export function replaceTags(target: RdsTagRecord[], tags: readonly RdsTagRecord[]): void {
  target.splice(0, target.length, ...tags);
}
