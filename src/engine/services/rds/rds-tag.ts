import type { Tag } from '@aws-sdk/client-rds';

/** A tag on an RDS resource, kept as plain data. */
export interface RdsTagRecord {
  readonly key: string;
  readonly value: string;
}

export function tagRecords(tags: readonly Tag[] | undefined): RdsTagRecord[] {
  return (tags ?? []).map((tag) => ({ key: tag.Key ?? '', value: tag.Value ?? '' }));
}

export function renderRdsTags(tags: readonly RdsTagRecord[]): Tag[] {
  return tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
}
