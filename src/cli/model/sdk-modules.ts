import * as cloudwatchSdk from '@aws-sdk/client-cloudwatch';
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as iamSdk from '@aws-sdk/client-iam';
import * as kmsSdk from '@aws-sdk/client-kms';
import * as piSdk from '@aws-sdk/client-pi';
import * as rdsSdk from '@aws-sdk/client-rds';
import * as secretsManagerSdk from '@aws-sdk/client-secrets-manager';
import * as stsSdk from '@aws-sdk/client-sts';
import type { ServiceName } from '../../engine/service-name';

/**
 * The installed SDK package of each service, whose paginator and waiter definitions the CLI uses.
 * Typed by `ServiceName`, so adding a service without its package here fails to compile.
 */
export type SdkModule = Readonly<Record<string, unknown>>;

export const SDK_MODULES: Readonly<Record<ServiceName, SdkModule>> = {
  rds: rdsSdk as SdkModule,
  ec2: ec2Sdk as SdkModule,
  kms: kmsSdk as SdkModule,
  iam: iamSdk as SdkModule,
  sts: stsSdk as SdkModule,
  secretsmanager: secretsManagerSdk as SdkModule,
  monitoring: cloudwatchSdk as SdkModule,
  pi: piSdk as SdkModule,
};
