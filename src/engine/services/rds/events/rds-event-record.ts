import type { SourceType } from '@aws-sdk/client-rds';

/** An RDS event as DescribeEvents will return it, plus the RDS-EVENT id it belongs to. */
export interface RdsEventRecord {
  readonly eventId: string;
  readonly sourceType: SourceType;
  readonly sourceIdentifier: string;
  readonly sourceArn: string;
  readonly message: string;
  readonly eventCategories: string[];
  /** Virtual epoch ms. */
  readonly date: number;
}
