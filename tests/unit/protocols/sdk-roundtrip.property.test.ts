import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceModel } from '@/engine/model/service-model';
import { shapePlan } from '@/engine/model/shape-plan';
import { wireProtocolFor } from '@/engine/protocols/wire-protocol-for';
import type { ServiceName } from '@/engine/service-name';
import { commandConstructor, inProcessSdkClient, operationOf } from './in-process-sdk-client';
import { structureArbitrary } from './shape-arbitrary';

const REQUEST_OPERATIONS: Partial<Record<ServiceName, readonly string[]>> = {
  rds: [
    'CreateDBCluster',
    'ModifyDBCluster',
    'DescribeDBClusters',
    'CreateDBInstance',
    'AddTagsToResource',
    'RemoveTagsFromResource',
    'DescribeEvents',
    'CreateIntegration',
    'ModifyDBClusterParameterGroup',
    'RestoreDBClusterToPointInTime',
  ],
  ec2: ['DescribeSubnets', 'CreateSubnet', 'CreateVpc', 'DescribeInstances', 'ImportKeyPair', 'CreateTags', 'AuthorizeSecurityGroupIngress'],
  kms: ['CreateKey', 'DescribeKey', 'CreateAlias', 'ListAliases', 'ScheduleKeyDeletion', 'Encrypt', 'TagResource'],
  secretsmanager: ['CreateSecret', 'GetRandomPassword', 'PutSecretValue', 'ListSecrets'],
  pi: ['GetResourceMetrics', 'DescribeDimensionKeys'],
  monitoring: ['PutMetricAlarm', 'GetMetricData', 'GetMetricStatistics', 'DescribeAlarms'],
};

/** JSON clients send a request's members as they are, so empty lists survive there as in awsQuery. */
const KEEPS_EMPTY_LISTS: ReadonlySet<ServiceName> = new Set(['rds', 'kms', 'secretsmanager', 'pi', 'monitoring']);

/** Operations whose `ClientRequestToken` is an idempotency token. */
const IDEMPOTENCY_TOKENS: ReadonlySet<string> = new Set(['CreateSecret', 'PutSecretValue']);

interface CapturedRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

// RDS middleware turns SourceRegion into a presigned PreSignedUrl; neither is a plain parameter.
const SKIP_MEMBERS = new Set(['SourceRegion', 'PreSignedUrl']);

describe('what the real SDK serializes decodes back to the SDK input (property)', () => {
  const captured: CapturedRequest[] = [];
  const services = Object.keys(REQUEST_OPERATIONS) as ServiceName[];
  const clients = Object.fromEntries(
    services.map((service) => {
      const model = serviceModel(service);
      const client = inProcessSdkClient(service, (body, headers) => {
        captured.push({ body, headers });
        const request = { method: 'POST', path: '/', query: '', headers, body };
        return wireProtocolFor(model, request).encodeResult(model, operationOf(body, headers), {}, 'req');
      });
      return [service, client];
    }),
  );
  afterAll(() => Object.values(clients).forEach((client) => client.destroy()));

  for (const service of services) {
    const model = serviceModel(service);
    for (const operation of REQUEST_OPERATIONS[service] ?? []) {
      it(`${service} ${operation}`, async () => {
        const plan = shapePlan(model.operations.get(operation)!.input);
        if (plan.kind !== 'structure') throw new Error(`${operation} input is not a structure`);
        // EC2's serializer leaves empty lists out, so they cannot round-trip there.
        const inputs = structureArbitrary(plan, { allowEmptyLists: KEEPS_EMPTY_LISTS.has(service), skipMembers: SKIP_MEMBERS, maxDepth: 3 })!;
        const Command = commandConstructor(service, operation);
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            captured.length = 0;
            await clients[service].send(new Command(structuredClone(input)));
            const request = { method: 'POST', path: '/', query: '', headers: { 'content-type': 'application/x-www-form-urlencoded', ...captured[0].headers }, body: captured[0].body };
            const decoded = wireProtocolFor(model, request).decode(model, request);
            if (IDEMPOTENCY_TOKENS.has(operation) && input.ClientRequestToken === undefined) {
              // The SDK fills an idempotency token the caller left out with a fresh UUID.
              expect(decoded.input.ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/);
              delete decoded.input.ClientRequestToken;
            }
            expect(decoded).toEqual({ operation, input });
          }),
          { numRuns: 40 },
        );
      });
    }
  }
});

const RESPONSE_OPERATIONS: Partial<Record<ServiceName, readonly string[]>> = {
  rds: ['DescribeDBClusters', 'DescribeDBInstances', 'CreateIntegration', 'DescribeEvents', 'DescribeDBClusterSnapshots'],
  ec2: ['DescribeSubnets', 'DescribeInstances', 'DescribeSecurityGroups', 'DescribeVpcs'],
  kms: ['DescribeKey', 'ListAliases', 'ListKeys', 'CreateKey', 'Decrypt', 'ListResourceTags'],
  secretsmanager: ['DescribeSecret', 'GetSecretValue', 'ListSecrets', 'GetRandomPassword'],
  pi: ['GetResourceMetrics', 'DescribeDimensionKeys'],
  monitoring: ['DescribeAlarms', 'GetMetricData', 'GetMetricStatistics', 'ListMetrics'],
};

/** Text for JSON bodies: any Unicode, with JSON's escapes and markup favoured. */
const jsonText = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '/', '\n', '\u0000', '\u2028', '<'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 10 });

/**
 * Text an XML document can carry unchanged, markup characters favoured: no C0 controls (XML 1.0
 * cannot hold them), and not whitespace-only with a line break, which the SDK's XML reader reads
 * as empty (it would do the same with AWS's own answers).
 */
const markup = fc.constantFrom('<', '>', '&', '"', "'", '\r', '\n', '\t', ' ', ']]>');
const xmlText = fc
  .string({ unit: fc.oneof(markup, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 10 })
  .map((s) => s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '?'))
  .filter((s) => !(s.trim() === '' && /[\r\n]/.test(s)));

describe('what we encode, the real SDK parses back to the same output (property)', () => {
  let pending: { operation: string; output: Record<string, unknown> } | undefined;
  const services = Object.keys(RESPONSE_OPERATIONS) as ServiceName[];
  const clients = Object.fromEntries(
    services.map((service) => {
      const model = serviceModel(service);
      const client = inProcessSdkClient(service, (body, headers) => {
        if (!pending || pending.operation !== operationOf(body, headers)) throw new Error('unexpected request');
        const request = { method: 'POST', path: '/', query: '', headers, body };
        return wireProtocolFor(model, request).encodeResult(model, pending.operation, pending.output, 'req');
      });
      return [service, client];
    }),
  );
  afterAll(() => Object.values(clients).forEach((client) => client.destroy()));

  for (const service of services) {
    const model = serviceModel(service);
    for (const operation of RESPONSE_OPERATIONS[service] ?? []) {
      it(`${service} ${operation}`, async () => {
        const op = model.operations.get(operation)!;
        const plan = shapePlan(op.output);
        if (plan.kind !== 'structure') throw new Error(`${operation} output is not a structure`);
        const outputs = structureArbitrary(plan, { allowEmptyLists: true, skipMembers: new Set(), maxDepth: 3, text: model.protocol.startsWith('awsJson') || model.queryCompatibleJson ? jsonText : xmlText })!;
        const inputPlan = shapePlan(op.input);
        const required = inputPlan.kind === 'structure' ? model.facts.required[inputPlan.shapeName] ?? [] : [];
        const input = Object.fromEntries(required.map((name) => [name, 'x']));
        const Command = commandConstructor(service, operation);
        await fc.assert(
          fc.asyncProperty(outputs, async (output) => {
            pending = { operation, output };
            const { $metadata, ...parsed } = await clients[service].send(new Command(input));
            expect($metadata).toMatchObject({ httpStatusCode: 200, requestId: 'req' });
            expect(parsed).toEqual(output);
          }),
          { numRuns: 25 },
        );
      });
    }
  }
});
