import type { HistoryItemType } from '@aws-sdk/client-cloudwatch';

/** One DescribeAlarmHistory item. */
export interface AlarmHistoryRecord {
  readonly alarmName: string;
  readonly at: number;
  readonly type: HistoryItemType;
  readonly summary: string;
  readonly data: string;
}
