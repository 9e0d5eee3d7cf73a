import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as rdsSdk from '@aws-sdk/client-rds';
import type { ServiceName } from '../../engine/service-name';

/**
 * The installed SDK package of each service, whose paginator and waiter definitions the CLI uses.
 * Typed by `ServiceName`, so adding a service without its package here fails to compile.
 */
export type SdkModule = Readonly<Record<string, unknown>>;

export const SDK_MODULES: Readonly<Record<ServiceName, SdkModule>> = {
  rds: rdsSdk as SdkModule,
  ec2: ec2Sdk as SdkModule,
};
