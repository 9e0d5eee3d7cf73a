import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceModel } from '@/engine/model/service-model';
import { shapePlan } from '@/engine/model/shape-plan';
import { wireProtocolFor } from '@/engine/protocols/wire-protocol-for';
import type { ServiceName } from '@/engine/service-name';
import { actionOf, commandConstructor, inProcessSdkClient } from './in-process-sdk-client';
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
};

// RDS middleware turns SourceRegion into a presigned PreSignedUrl; neither is a plain parameter.
const SKIP_MEMBERS = new Set(['SourceRegion', 'PreSignedUrl']);

describe('what the real SDK serializes decodes back to the SDK input (property)', () => {
  const captured: string[] = [];
  const clients = Object.fromEntries(
    (['rds', 'ec2'] as const).map((service) => {
      const model = serviceModel(service);
      const protocol = wireProtocolFor(model);
      const client = inProcessSdkClient(service, (body) => {
        captured.push(body);
        return protocol.encodeResult(model, actionOf(body), {}, 'req');
      });
      return [service, client];
    }),
  );
  afterAll(() => Object.values(clients).forEach((client) => client.destroy()));

  for (const service of ['rds', 'ec2'] as const) {
    const model = serviceModel(service);
    const protocol = wireProtocolFor(model);
    for (const operation of REQUEST_OPERATIONS[service] ?? []) {
      it(`${service} ${operation}`, async () => {
        const plan = shapePlan(model.operations.get(operation)!.input);
        if (plan.kind !== 'structure') throw new Error(`${operation} input is not a structure`);
        // EC2's serializer leaves empty lists out, so only awsQuery can round-trip them.
        const inputs = structureArbitrary(plan, { allowEmptyLists: service === 'rds', skipMembers: SKIP_MEMBERS, maxDepth: 3 })!;
        const Command = commandConstructor(service, operation);
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            captured.length = 0;
            await clients[service].send(new Command(structuredClone(input)));
            const decoded = protocol.decode(model, {
              method: 'POST',
              path: '/',
              query: '',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: captured[0],
            });
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
};

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
  const clients = Object.fromEntries(
    (['rds', 'ec2'] as const).map((service) => {
      const model = serviceModel(service);
      const protocol = wireProtocolFor(model);
      const client = inProcessSdkClient(service, (body) => {
        if (!pending || pending.operation !== actionOf(body)) throw new Error('unexpected request');
        return protocol.encodeResult(model, pending.operation, pending.output, 'req');
      });
      return [service, client];
    }),
  );
  afterAll(() => Object.values(clients).forEach((client) => client.destroy()));

  for (const service of ['rds', 'ec2'] as const) {
    const model = serviceModel(service);
    for (const operation of RESPONSE_OPERATIONS[service] ?? []) {
      it(`${service} ${operation}`, async () => {
        const op = model.operations.get(operation)!;
        const plan = shapePlan(op.output);
        if (plan.kind !== 'structure') throw new Error(`${operation} output is not a structure`);
        const outputs = structureArbitrary(plan, { allowEmptyLists: true, skipMembers: new Set(), maxDepth: 3, text: xmlText })!;
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
