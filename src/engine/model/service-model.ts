import * as cloudwatchSdk from '@aws-sdk/client-cloudwatch';
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as iamSdk from '@aws-sdk/client-iam';
import * as kmsSdk from '@aws-sdk/client-kms';
import * as piSdk from '@aws-sdk/client-pi';
import * as rdsSdk from '@aws-sdk/client-rds';
import * as secretsManagerSdk from '@aws-sdk/client-secrets-manager';
import * as stsSdk from '@aws-sdk/client-sts';
import { NormalizedSchema } from '@smithy/core/schema';
import type { ServiceName } from '../service-name';
import { ec2ModelFacts } from './generated/ec2-model-facts';
import { iamModelFacts } from './generated/iam-model-facts';
import { kmsModelFacts } from './generated/kms-model-facts';
import { monitoringModelFacts } from './generated/monitoring-model-facts';
import { piModelFacts } from './generated/pi-model-facts';
import { rdsModelFacts } from './generated/rds-model-facts';
import { secretsmanagerModelFacts } from './generated/secretsmanager-model-facts';
import { stsModelFacts } from './generated/sts-model-facts';
import type { ModelFacts } from './model-facts';

/** The wire protocol a service speaks. */
export type WireProtocolName = 'awsQuery' | 'ec2Query' | 'awsJson1_0' | 'awsJson1_1';

/** Whether a protocol is one of the awsJson ones (errors named by `__type`, members in lowerCamel in constraint messages). */
export function isJsonProtocol(protocol: WireProtocolName): boolean {
  return protocol === 'awsJson1_0' || protocol === 'awsJson1_1';
}

export interface OperationModel {
  /** PascalCase operation name, the `Action=` of a Query request. */
  readonly name: string;
  readonly service: ServiceName;
  readonly input: NormalizedSchema;
  readonly output: NormalizedSchema;
}

export interface ErrorModel {
  /** The shape name, as the SDK names its exception class (`DBInstanceNotFoundFault`). */
  readonly shapeName: string;
  /** The code on the wire (`DBInstanceNotFound`), which can differ from the shape name. */
  readonly code: string;
  readonly status: number;
}

export interface ServiceModel {
  readonly name: ServiceName;
  readonly protocol: WireProtocolName;
  readonly apiVersion: string;
  readonly xmlNamespace: string;
  /** The `X-Amz-Target` prefix of JSON-protocol requests (`TrentService` in `TrentService.CreateKey`). */
  readonly jsonTargetPrefix?: string;
  /**
   * A Query service whose current SDK sends awsJson1_0 with `awsQueryCompatible` (CloudWatch):
   * requests are answered in the protocol they arrive in.
   */
  readonly queryCompatibleJson?: boolean;
  /** Operations by PascalCase name. */
  readonly operations: ReadonlyMap<string, OperationModel>;
  /** Modelled errors by shape name. */
  readonly errors: ReadonlyMap<string, ErrorModel>;
  readonly facts: ModelFacts;
}

type SdkModule = Record<string, unknown>;

/** Smithy's static schema tuples: `[9, namespace, name, traits, input(), output()]` for operations. */
const OPERATION_SCHEMA = 9;
const ERROR_SCHEMA = -3;

function isTuple(value: unknown): value is unknown[] {
  return Array.isArray(value) && typeof value[0] === 'number';
}

function buildServiceModel(
  name: ServiceName,
  sdk: SdkModule,
  protocol: WireProtocolName,
  apiVersion: string,
  xmlNamespace: string,
  facts: ModelFacts,
  json: { readonly jsonTargetPrefix?: string; readonly queryCompatibleJson?: boolean } = {},
): ServiceModel {
  const operations = new Map<string, OperationModel>();
  const errors = new Map<string, ErrorModel>();
  for (const [exportName, value] of Object.entries(sdk)) {
    if (!exportName.endsWith('$') || !isTuple(value)) continue;
    if (value[0] === OPERATION_SCHEMA) {
      const opName = String(value[2]);
      let input: NormalizedSchema | undefined;
      let output: NormalizedSchema | undefined;
      operations.set(opName, {
        name: opName,
        service: name,
        get input() {
          return (input ??= NormalizedSchema.of((value[4] as () => Parameters<typeof NormalizedSchema.of>[0])()));
        },
        get output() {
          return (output ??= NormalizedSchema.of((value[5] as () => Parameters<typeof NormalizedSchema.of>[0])()));
        },
      });
    } else if (value[0] === ERROR_SCHEMA) {
      const shapeName = String(value[2]);
      const traits = (value[3] ?? {}) as { awsQueryError?: [string, number]; httpError?: number };
      const [code, status] = traits.awsQueryError ?? [shapeName, traits.httpError ?? 400];
      errors.set(shapeName, { shapeName, code, status });
    }
  }
  return { name, protocol, apiVersion, xmlNamespace, ...json, operations, errors, facts };
}

let models: Record<ServiceName, ServiceModel> | undefined;

/** Every service's model, built once from the installed SDK packages. */
export function serviceModels(): Record<ServiceName, ServiceModel> {
  return (models ??= {
    rds: buildServiceModel('rds', rdsSdk as SdkModule, 'awsQuery', '2014-10-31', 'http://rds.amazonaws.com/doc/2014-10-31/', rdsModelFacts),
    ec2: buildServiceModel('ec2', ec2Sdk as SdkModule, 'ec2Query', '2016-11-15', 'http://ec2.amazonaws.com/doc/2016-11-15/', ec2ModelFacts),
    kms: buildServiceModel('kms', kmsSdk as SdkModule, 'awsJson1_1', '2014-11-01', 'https://trent.amazonaws.com/doc/2014-11-01/', kmsModelFacts, {
      jsonTargetPrefix: 'TrentService',
    }),
    iam: buildServiceModel('iam', iamSdk as SdkModule, 'awsQuery', '2010-05-08', 'https://iam.amazonaws.com/doc/2010-05-08/', iamModelFacts),
    sts: buildServiceModel('sts', stsSdk as SdkModule, 'awsQuery', '2011-06-15', 'https://sts.amazonaws.com/doc/2011-06-15/', stsModelFacts),
    secretsmanager: buildServiceModel('secretsmanager', secretsManagerSdk as SdkModule, 'awsJson1_1', '2017-10-17', '', secretsmanagerModelFacts, {
      jsonTargetPrefix: 'secretsmanager',
    }),
    monitoring: buildServiceModel('monitoring', cloudwatchSdk as SdkModule, 'awsQuery', '2010-08-01', 'http://monitoring.amazonaws.com/doc/2010-08-01/', monitoringModelFacts, {
      jsonTargetPrefix: 'GraniteServiceVersion20100801',
      queryCompatibleJson: true,
    }),
    pi: buildServiceModel('pi', piSdk as SdkModule, 'awsJson1_1', '2018-02-27', '', piModelFacts, { jsonTargetPrefix: 'PerformanceInsightsv20180227' }),
  });
}

export function serviceModel(name: ServiceName): ServiceModel {
  return serviceModels()[name];
}

/** Required member names of a structure shape, from the typings. */
export function requiredMembers(service: ServiceName, shapeName: string): readonly string[] {
  return serviceModel(service).facts.required[shapeName] ?? [];
}

/** Allowed values of a structure member whose type is an enum, or undefined. */
export function enumValues(service: ServiceName, shapeName: string, member: string): readonly string[] | undefined {
  const facts = serviceModel(service).facts;
  const table = facts.enums[shapeName]?.[member];
  return table === undefined ? undefined : facts.enumValues[table];
}
