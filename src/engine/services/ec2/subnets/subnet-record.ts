import type { Ec2TagRecord } from '../ec2-tag';

/** A subnet as the sandbox keeps it. */
export interface SubnetRecord {
  readonly subnetId: string;
  readonly vpcId: string;
  readonly ownerId: string;
  readonly cidrBlock: string;
  readonly availabilityZone: string;
  readonly availabilityZoneId: string;
  readonly defaultForAz: boolean;
  readonly mapPublicIpOnLaunch: boolean;
  readonly availableIpAddressCount: number;
  readonly tags: Ec2TagRecord[];
}
