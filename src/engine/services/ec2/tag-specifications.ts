import type { Tag, TagSpecification } from '@aws-sdk/client-ec2';
import type { Ec2TagRecord } from './ec2-tag';
import { invalidParameterValue, tagLimitExceeded } from './ec2-errors';

/** EC2 allows 50 tags on a resource. */
export const MAX_TAGS_PER_RESOURCE = 50;

/** Checks tag keys and values as EC2 does: 1-128 character keys not starting with `aws:`, values up to 256. */
export function checkTags(tags: readonly Tag[]): Ec2TagRecord[] {
  const byKey = new Map<string, string>();
  for (const tag of tags) {
    const key = tag.Key ?? '';
    const value = tag.Value ?? '';
    if (key.length === 0 || key.length > 128) {
      throw invalidParameterValue(`Tag key must be between 1 and 128 characters; got '${key}'.`);
    }
    if (key.toLowerCase().startsWith('aws:')) throw invalidParameterValue("Tag keys starting with 'aws:' are reserved for internal use");
    if (value.length > 256) throw invalidParameterValue(`Tag value for key '${key}' exceeds 256 characters.`);
    byKey.set(key, value);
  }
  return [...byKey].map(([key, value]) => ({ key, value }));
}

/**
 * The tags a create request gives the new resource of `resourceType` through `TagSpecifications`;
 * a specification for another resource type is refused.
 */
export function tagsFromSpecifications(specs: readonly TagSpecification[] | undefined, resourceType: string): Ec2TagRecord[] {
  const tags: Tag[] = [];
  for (const spec of specs ?? []) {
    if (spec.ResourceType !== resourceType) {
      throw invalidParameterValue(`'${spec.ResourceType ?? ''}' is not a valid taggable resource type for this operation.`);
    }
    tags.push(...(spec.Tags ?? []));
  }
  const checked = checkTags(tags);
  if (checked.length > MAX_TAGS_PER_RESOURCE) throw tagLimitExceeded();
  return checked;
}
