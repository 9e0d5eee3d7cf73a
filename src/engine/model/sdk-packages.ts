import type { ServiceName } from '../service-name';

/** The `@aws-sdk/client-*` package whose model each sandbox service follows. */
export const SDK_PACKAGES: Record<ServiceName, string> = {
  rds: '@aws-sdk/client-rds',
  ec2: '@aws-sdk/client-ec2',
  kms: '@aws-sdk/client-kms',
  iam: '@aws-sdk/client-iam',
  sts: '@aws-sdk/client-sts',
  secretsmanager: '@aws-sdk/client-secrets-manager',
  monitoring: '@aws-sdk/client-cloudwatch',
  pi: '@aws-sdk/client-pi',
};
