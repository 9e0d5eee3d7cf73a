import type { Tag } from '@aws-sdk/client-ec2';
import type { Ec2TagRecord } from './ec2-tag';

export function renderEc2Tags(tags: readonly Ec2TagRecord[]): Tag[] | undefined {
  // EC2 leaves `tagSet` out of a resource that has no tags.
  return tags.length === 0 ? undefined : tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
}
