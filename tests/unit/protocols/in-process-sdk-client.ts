import * as cloudwatchSdk from '@aws-sdk/client-cloudwatch';
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as iamSdk from '@aws-sdk/client-iam';
import * as kmsSdk from '@aws-sdk/client-kms';
import * as piSdk from '@aws-sdk/client-pi';
import * as rdsSdk from '@aws-sdk/client-rds';
import * as secretsManagerSdk from '@aws-sdk/client-secrets-manager';
import * as stsSdk from '@aws-sdk/client-sts';
import { type HttpHandler, type HttpRequest, HttpResponse } from '@smithy/protocol-http';
import type { WireResponse } from '@/engine/protocols/wire-protocol';
import type { ServiceName } from '@/engine/service-name';

/** The slice of an SDK client these tests use (the real `send` is typed per command). */
export interface CommandSender {
  send(command: object): Promise<Record<string, unknown>>;
  destroy(): void;
}

type CommandConstructor = new (input: object) => object;
type ClientConstructor = new (config: object) => CommandSender;

const SDKS: Readonly<Record<ServiceName, { readonly module: Record<string, unknown>; readonly client: string }>> = {
  rds: { module: rdsSdk, client: 'RDSClient' },
  ec2: { module: ec2Sdk, client: 'EC2Client' },
  kms: { module: kmsSdk, client: 'KMSClient' },
  iam: { module: iamSdk, client: 'IAMClient' },
  sts: { module: stsSdk, client: 'STSClient' },
  secretsmanager: { module: secretsManagerSdk, client: 'SecretsManagerClient' },
  monitoring: { module: cloudwatchSdk, client: 'CloudWatchClient' },
  pi: { module: piSdk, client: 'PIClient' },
};

/** JSON clients hand over bytes, Query clients a string. */
function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return '';
}

/**
 * A real SDK client whose HTTP handler never touches the network: it hands the serialized request
 * body (and its lowercased headers, e.g. `x-amz-target` for JSON services) to `respond` and returns
 * what that answers, so the SDK's own serializer and parser are what a test exercises.
 */
export function inProcessSdkClient(
  service: ServiceName,
  respond: (body: string, headers: Readonly<Record<string, string>>) => WireResponse,
): CommandSender {
  const requestHandler: HttpHandler = {
    async handle(request: HttpRequest) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
      const answer = respond(bodyText(request.body), headers);
      const body = new TextEncoder().encode(answer.body);
      return { response: new HttpResponse({ statusCode: answer.status, headers: { ...answer.headers }, body }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  const config = {
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    maxAttempts: 1,
    requestHandler,
  };
  const sdk = SDKS[service];
  const Client = sdk.module[sdk.client] as ClientConstructor;
  return new Client(config);
}

/** The SDK's `<Operation>Command` class. */
export function commandConstructor(service: ServiceName, operation: string): CommandConstructor {
  const ctor = SDKS[service].module[`${operation}Command`];
  if (typeof ctor !== 'function') throw new Error(`no ${operation}Command in the ${service} SDK`);
  return ctor as CommandConstructor;
}

/** The `Action` of a serialized Query request body. */
export function actionOf(body: string): string {
  return /(?:^|&)Action=([^&]+)/.exec(body)?.[1] ?? '';
}

/** The operation of a request: `X-Amz-Target`'s suffix for JSON, else the Query `Action`. */
export function operationOf(body: string, headers: Readonly<Record<string, string>>): string {
  const target = headers['x-amz-target'];
  return target === undefined ? actionOf(body) : target.slice(target.lastIndexOf('.') + 1);
}
