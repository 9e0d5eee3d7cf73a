import type { RdsTagRecord } from '../rds-tag';

export interface DbSubnetGroupMemberRecord {
  readonly subnetId: string;
  /** Copied from EC2 when the group was made; a subnet never moves between AZs. */
  readonly availabilityZone: string;
}

/** A DB subnet group as the sandbox keeps it. `name` is stored lowercase, as RDS does. */
export interface DbSubnetGroupRecord {
  readonly name: string;
  readonly description: string;
  readonly vpcId: string;
  readonly subnets: DbSubnetGroupMemberRecord[];
  readonly tags: RdsTagRecord[];
}

/** The distinct AZs a subnet group covers, sorted. */
export function subnetGroupAvailabilityZones(group: DbSubnetGroupRecord): string[] {
  return [...new Set(group.subnets.map((subnet) => subnet.availabilityZone))].sort();
}
