import { REGIONS } from '../../sandbox/regions';

/** An availability zone of a region, with the AZ id that names the same physical zone everywhere. */
export interface AvailabilityZoneInfo {
  readonly zoneName: string;
  readonly zoneId: string;
  readonly regionName: string;
}

/** The short region codes AWS uses in AZ ids (`use1-az1`). */
const REGION_AZ_ID_PREFIX: Readonly<Record<string, string>> = {
  'us-east-1': 'use1',
  'us-east-2': 'use2',
  'us-west-1': 'usw1',
  'us-west-2': 'usw2',
  'ca-central-1': 'cac1',
  'eu-west-1': 'euw1',
  'eu-west-2': 'euw2',
  'eu-central-1': 'euc1',
  'eu-north-1': 'eun1',
  'ap-south-1': 'aps1',
  'ap-northeast-1': 'apne1',
  'ap-northeast-2': 'apne2',
  'ap-southeast-1': 'apse1',
  'ap-southeast-2': 'apse2',
  'sa-east-1': 'sae1',
};

/**
 * The region's zones in name order. AWS maps zone names to AZ ids per account; the sandbox uses
 * the identity mapping (`a` -> az1, `b` -> az2, ...), which is one of the mappings AWS can hand out.
 */
export function availabilityZonesOf(region: string): readonly AvailabilityZoneInfo[] {
  const prefix = REGION_AZ_ID_PREFIX[region] ?? region.replace(/-/g, '');
  return (REGIONS[region] ?? []).map((zoneName, index) => ({
    zoneName,
    zoneId: `${prefix}-az${index + 1}`,
    regionName: region,
  }));
}
