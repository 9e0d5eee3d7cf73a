/**
 * The 8-hour UTC block from which RDS draws a Region's default backup and maintenance windows
 * (Aurora User Guide, "Backup window" / "Adjusting the preferred DB cluster maintenance window").
 * Minutes after midnight UTC; blocks may run past midnight.
 */
const BLOCK_START_MINUTES: Readonly<Record<string, number>> = {
  'us-east-1': 3 * 60,
  'us-east-2': 3 * 60,
  'us-west-1': 6 * 60,
  'us-west-2': 6 * 60,
  'ca-central-1': 3 * 60,
  'eu-west-1': 22 * 60,
  'eu-west-2': 22 * 60,
  'eu-central-1': 20 * 60,
  'eu-north-1': 23 * 60,
  'ap-south-1': 16 * 60 + 30,
  'ap-northeast-1': 13 * 60,
  'ap-northeast-2': 13 * 60,
  'ap-southeast-1': 14 * 60,
  'ap-southeast-2': 12 * 60,
  'sa-east-1': 23 * 60,
};

export const BLOCK_LENGTH_MINUTES = 8 * 60;

export function windowBlockStart(region: string): number {
  return BLOCK_START_MINUTES[region] ?? 3 * 60;
}
