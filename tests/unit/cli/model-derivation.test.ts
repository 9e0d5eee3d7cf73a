import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultKeys } from '../../../src/cli/aws/operation-invoker';
import { generatedWaiterDefinitions } from '../../../src/cli/generated/waiter-definitions';
import { cliShape } from '../../../src/cli/model/cli-shape';
import { numericKinds } from '../../../src/cli/model/generate-numeric-kinds';
import { memberMinimums as derivedMinimums } from '../../../src/cli/model/generate-member-minimums';
import { findBotocoreModel } from '../../../src/cli/model/botocore-model';
import { memberMinimums } from '../../../src/cli/generated/member-minimums';
import { botocoreEnumOrders, botocoreMemberOrders, botocoreRequiredOrders } from '../../../src/cli/generated/member-order';
import { orderDifferences } from '../../../src/cli/model/generate-member-order';
import { structurePairs } from '../../../src/cli/model/botocore-structure-pairs';
import { sdkWaiterDefinitions } from '../../../src/cli/model/generate-waiter-definitions';
import { numericMemberKinds } from '../../../src/cli/generated/numeric-member-kinds';
import { isPaginated, paginatorConfig } from '../../../src/cli/model/paginator-config';
import { cliServiceName, operationCommands } from '../../../src/cli/model/service-commands';
import { cliName } from '../../../src/cli/model/xform-name';
import { serviceModel } from '../../../src/engine/model/service-model';
import { SERVICE_NAMES, type ServiceName } from '../../../src/engine/service-name';

/** The botocore models of the Debian awscli package: the real CLI we emulate. */
const BOTOCORE = '/usr/lib/python3/dist-packages/awscli/botocore/data';
const haveBotocore = existsSync(BOTOCORE);
const requireBotocore = process.env.CI === 'true';

/** A file of the service's botocore model (its directory is the CLI's name: `cloudwatch`, not `monitoring`). */
function botocoreFile(service: ServiceName, file: string): unknown {
  const dir = path.join(BOTOCORE, cliServiceName(service));
  const version = readdirSync(dir).sort().at(-1) as string;
  const target = path.join(dir, version, file);
  return existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : undefined;
}

describe('generated files are up to date with the installed SDK', () => {
  it('waiter definitions', () => {
    for (const service of SERVICE_NAMES) {
      const strip = (list: readonly { maxAttempts: number }[]) => list.map(({ maxAttempts: _ignored, ...rest }) => rest);
      expect(strip(generatedWaiterDefinitions[service] ?? []), `run: npx tsx src/cli/model/generate-waiter-definitions.ts`).toEqual(
        strip(sdkWaiterDefinitions(service)),
      );
    }
  });
});

describe.skipIf(!haveBotocore && !requireBotocore)('derivations agree with the real CLI (botocore models on this machine)', () => {
  it('the awscli package is installed', () => expect(haveBotocore).toBe(true));

  it('member minimums', () => {
    for (const service of SERVICE_NAMES) {
      const model = findBotocoreModel(service);
      expect(memberMinimums[service], 'run: npx tsx src/cli/model/generate-member-minimums.ts').toEqual(model ? derivedMinimums(model) : {});
    }
  });

  it("botocore's member, required and enum orders where the SDK's differ", () => {
    for (const service of SERVICE_NAMES) {
      const model = findBotocoreModel(service);
      const generated = { members: botocoreMemberOrders[service], required: botocoreRequiredOrders[service], enums: botocoreEnumOrders[service] };
      expect(generated, `${service}: run npx tsx src/cli/model/generate-member-order.ts`).toEqual(
        model ? orderDifferences(service, model) : { members: {}, required: {}, enums: {} },
      );
    }
  });

  it('pairs structures the two models name differently through the operations', () => {
    // EC2's BlobAttributeValue is SecureBlobAttributeValue in the SDK (ModifyInstanceAttribute's UserData).
    expect(structurePairs('ec2', findBotocoreModel('ec2')!).get('SecureBlobAttributeValue')?.botocoreName).toBe('BlobAttributeValue');
  });

  it('numeric member kinds', () => {
    for (const service of SERVICE_NAMES) {
      expect(numericMemberKinds[service]).toEqual(numericKinds(botocoreFile(service, 'service-2.json') as Parameters<typeof numericKinds>[0]));
    }
  });

  it('every operation of the real CLI has the same command name here', () => {
    for (const service of SERVICE_NAMES) {
      const model = botocoreFile(service, 'service-2.json') as { operations: Record<string, unknown> };
      const ours = operationCommands(service);
      const missing = Object.keys(model.operations)
        .map((op) => cliName(op))
        .filter((name) => !ours.has(name) && name !== 'modify-option-group');
      expect(missing).toEqual([]);
    }
  });

  it('waiters extracted from the SDK match waiters-2.json', () => {
    for (const service of SERVICE_NAMES) {
      // Services without waiters (KMS, STS, ...) ship no waiters-2.json.
      const botocore =
        (botocoreFile(service, 'waiters-2.json') as { waiters: Record<string, { delay: number; maxAttempts: number; operation: string; acceptors: unknown[] }> } | undefined)?.waiters ?? {};
      for (const waiter of generatedWaiterDefinitions[service] ?? []) {
        const real = botocore[waiter.name];
        if (!real) continue; // newer than the installed CLI
        expect({ operation: waiter.operation, delay: waiter.delay, maxAttempts: waiter.maxAttempts }, waiter.name).toEqual({
          operation: real.operation,
          delay: real.delay,
          maxAttempts: real.maxAttempts,
        });
        const canonical = (list: readonly unknown[]) => list.map((a) => JSON.stringify(a, Object.keys(a as object).sort())).sort();
        expect(canonical(waiter.acceptors), waiter.name).toEqual(canonical(real.acceptors));
      }
    }
  });

  it('paginators probed from the SDK match paginators-1.json', async () => {
    const notPaginatedInSdk: string[] = [];
    for (const service of SERVICE_NAMES) {
      const real = (botocoreFile(service, 'paginators-1.json') as {
        pagination: Record<string, { input_token: string; output_token: string; limit_key?: string; result_key: string | string[] }>;
      }).pagination;
      for (const [operation, config] of Object.entries(real)) {
        if (!serviceModel(service).operations.has(operation)) continue;
        if (!isPaginated(service, operation)) {
          notPaginatedInSdk.push(`${service}.${operation}`);
          continue;
        }
        const ours = await paginatorConfig(service, operation);
        expect(ours, `${service}.${operation}`).toEqual({ inputToken: config.input_token, outputToken: config.output_token, limitKey: config.limit_key });
        const keys = resultKeys(cliShape(service, serviceModel(service).operations.get(operation)!.output), config.output_token);
        expect(keys, `${service}.${operation}`).toEqual([config.result_key].flat());
      }
    }
    // The SDK dropped these paginators; the CLI follows the SDK's model.
    expect(notPaginatedInSdk).toEqual(['ec2.DescribeSpotFleetInstances', 'ec2.DescribeVpcEndpointServices']);
  });
});
