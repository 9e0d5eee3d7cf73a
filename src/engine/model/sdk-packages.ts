import type { ServiceName } from '../service-name';

/** The `@aws-sdk/client-*` package whose model each sandbox service follows. */
export const SDK_PACKAGES: Record<ServiceName, string> = {
  rds: '@aws-sdk/client-rds',
  ec2: '@aws-sdk/client-ec2',
};
