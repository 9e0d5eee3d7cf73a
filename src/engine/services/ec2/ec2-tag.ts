/** A tag on an EC2 resource, kept as plain data. */
export interface Ec2TagRecord {
  readonly key: string;
  readonly value: string;
}
