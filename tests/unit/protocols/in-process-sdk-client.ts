import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as rdsSdk from '@aws-sdk/client-rds';
import { type HttpHandler, type HttpRequest, HttpResponse } from '@smithy/protocol-http';
import type { WireResponse } from '@/engine/protocols/wire-protocol';
import type { ServiceName } from '@/engine/service-name';

/** The slice of an SDK client these tests use (the real `send` is typed per command). */
export interface CommandSender {
  send(command: object): Promise<Record<string, unknown>>;
  destroy(): void;
}

type CommandConstructor = new (input: object) => object;

/**
 * A real SDK client whose HTTP handler never touches the network: it hands the serialized request
 * body to `respond` and returns what that answers, so the SDK's own serializer and parser are what
 * a test exercises.
 */
export function inProcessSdkClient(service: ServiceName, respond: (body: string) => WireResponse): CommandSender {
  const requestHandler: HttpHandler = {
    async handle(request: HttpRequest) {
      const answer = respond(typeof request.body === 'string' ? request.body : '');
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
  return (service === 'rds' ? new rdsSdk.RDSClient(config) : new ec2Sdk.EC2Client(config)) as unknown as CommandSender;
}

/** The SDK's `<Operation>Command` class. */
export function commandConstructor(service: ServiceName, operation: string): CommandConstructor {
  const sdk: Record<string, unknown> = service === 'rds' ? rdsSdk : ec2Sdk;
  const ctor = sdk[`${operation}Command`];
  if (typeof ctor !== 'function') throw new Error(`no ${operation}Command in the ${service} SDK`);
  return ctor as CommandConstructor;
}

/** The `Action` of a serialized Query request body. */
export function actionOf(body: string): string {
  return /(?:^|&)Action=([^&]+)/.exec(body)?.[1] ?? '';
}
