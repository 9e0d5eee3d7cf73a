import type { Ec2TagRecord } from '../ec2-tag';

/** A VPC as the sandbox keeps it. */
export interface VpcRecord {
  readonly vpcId: string;
  readonly ownerId: string;
  readonly cidrBlock: string;
  readonly cidrAssociationId: string;
  readonly dhcpOptionsId: string;
  readonly isDefault: boolean;
  /** Decides `PubliclyAccessible` defaults for databases placed in the VPC. */
  readonly hasInternetGateway: boolean;
  readonly tags: Ec2TagRecord[];
}
