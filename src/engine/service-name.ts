/**
 * The services a sandbox endpoint answers, keyed by the SigV4 signing name a client puts in its
 * credential scope (`.../us-east-1/rds/aws4_request`). CloudWatch signs as `monitoring`.
 */
export const SERVICE_NAMES = ['rds', 'ec2', 'kms', 'iam', 'sts', 'secretsmanager', 'monitoring', 'pi'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
