import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli';
import type { BotocoreModel } from '../../../src/cli/model/botocore-model';
import { StructurePairConflict, structurePairs } from '../../../src/cli/model/botocore-structure-pairs';
import { cliShape } from '../../../src/cli/model/cli-shape';
import { orderDifferences } from '../../../src/cli/model/generate-member-order';
import { inBotocoreOrder } from '../../../src/cli/model/member-order';
import { serviceModel } from '../../../src/engine/model/service-model';
import type { ServiceName } from '../../../src/engine/service-name';
import { FakeCliHost } from './fake-cli-host';

function inputShape(service: ServiceName, operation: string) {
  return cliShape(service, serviceModel(service).operations.get(operation)!.input);
}

function outputShape(service: ServiceName, operation: string) {
  return cliShape(service, serviceModel(service).operations.get(operation)!.output);
}

describe('inBotocoreOrder', () => {
  it("puts the listed names first in botocore's order, then the SDK's newer ones in their order", () => {
    expect(inBotocoreOrder(['KeyId', 'Arn', 'New1', 'AWSAccountId', 'New2'], ['AWSAccountId', 'KeyId', 'Arn'])).toEqual([
      'AWSAccountId',
      'KeyId',
      'Arn',
      'New1',
      'New2',
    ]);
  });

  it('keeps the given order when botocore has none recorded', () => {
    expect(inBotocoreOrder(['b', 'a'], undefined)).toEqual(['b', 'a']);
  });
});

describe("the CLI's shapes follow botocore's order (from the generated table)", () => {
  it("orders output members as botocore's parsers do: KeyMetadata starts with AWSAccountId", () => {
    const keyMetadata = outputShape('kms', 'DescribeKey').members.get('KeyMetadata')!;
    expect([...keyMetadata.members.keys()].slice(0, 3)).toEqual(['AWSAccountId', 'KeyId', 'Arn']);
  });

  it('orders input members as the API does, not required members first', () => {
    expect([...inputShape('rds', 'CreateDBCluster').members.keys()].slice(0, 5)).toEqual([
      'AvailabilityZones',
      'BackupRetentionPeriod',
      'CharacterSetName',
      'DatabaseName',
      'DBClusterIdentifier',
    ]);
  });

  it("orders required members as botocore's `required` list does", () => {
    expect(inputShape('ec2', 'AttachNetworkInterface').required).toEqual(['DeviceIndex', 'InstanceId', 'NetworkInterfaceId']);
  });

  it("orders enum values as botocore does (the SDK's tables are sorted), list elements included", () => {
    expect(inputShape('kms', 'CreateKey').members.get('KeyUsage')!.enumValues?.slice(0, 3)).toEqual(['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC']);
    expect(inputShape('monitoring', 'GetMetricStatistics').members.get('Statistics')!.member.enumValues?.[0]).toBe('SampleCount');
  });
});

// Every expected text below was captured from the real AWS CLI v2.9.19 (/usr/bin/aws).
describe('what the CLI prints in that order', () => {
  it('prints output members in botocore order', async () => {
    const host = new FakeCliHost(() => ({ KeyMetadata: { KeyId: 'k', Arn: 'arn:aws:kms:us-east-1:123456789012:key/k', AWSAccountId: '123456789012' } }));
    const { stdout } = await runCli('aws kms describe-key --key-id k --query "KeyMetadata.*" --output text', host);
    expect(stdout).toBe('123456789012\tk\tarn:aws:kms:us-east-1:123456789012:key/k\n');
  });

  it('lists valid members of a nested structure in botocore order', async () => {
    const { stderr, exitCode } = await runCli(`aws ec2 authorize-security-group-ingress --group-name x --ip-permissions '[{"Bogus":1}]'`, new FakeCliHost());
    expect(exitCode).toBe(252);
    expect(stderr).toBe(
      '\nParameter validation failed:\nUnknown parameter in IpPermissions[0]: "Bogus", must be one of: FromPort, IpProtocol, IpRanges, Ipv6Ranges, PrefixListIds, ToPort, UserIdGroupPairs\n',
    );
  });

  it("reports missing members in the `required` list's order", async () => {
    const { stderr } = await runCli(`aws ec2 attach-network-interface --cli-input-json '{}'`, new FakeCliHost());
    expect(stderr).toBe(
      '\nParameter validation failed:\nMissing required parameter in input: "DeviceIndex"\nMissing required parameter in input: "InstanceId"\nMissing required parameter in input: "NetworkInterfaceId"\n',
    );
  });

  it('names missing required options in argument table order', async () => {
    const { stderr } = await runCli('aws ec2 attach-network-interface', new FakeCliHost());
    expect(stderr).toContain('aws: error: the following arguments are required: --device-index, --instance-id, --network-interface-id\n');
  });

  it("generates a skeleton in botocore's member order with each enum's first value", async () => {
    const { stdout } = await runCli('aws cloudwatch get-metric-statistics --generate-cli-skeleton', new FakeCliHost());
    const skeleton = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(skeleton).slice(0, 9)).toEqual(['Namespace', 'MetricName', 'Dimensions', 'StartTime', 'EndTime', 'Period', 'Statistics', 'ExtendedStatistics', 'Unit']);
    expect(skeleton.Statistics).toEqual(['SampleCount']);
    expect(skeleton.Unit).toBe('Seconds');
  });
});

/** A botocore model of KMS's DescribeKey whose shape names all differ from the SDK's. */
function renamedKmsModel(describeKeyMetadata: string, createKeyMetadata = describeKeyMetadata): BotocoreModel {
  const keyInfo = { type: 'structure', members: { Arn: { shape: 'S' }, KeyId: { shape: 'S' }, AWSAccountId: { shape: 'S' } }, required: ['KeyId'] };
  return {
    metadata: { endpointPrefix: 'kms' },
    operations: {
      DescribeKey: { input: { shape: 'DescribeKeyMessage' }, output: { shape: 'DescribeKeyResult' } },
      CreateKey: { input: { shape: 'CreateKeyMessage' }, output: { shape: 'CreateKeyResult' } },
    },
    shapes: {
      S: { type: 'string' },
      DescribeKeyMessage: { type: 'structure', members: { GrantTokens: { shape: 'Tokens' }, KeyId: { shape: 'S' } }, required: ['KeyId'] },
      Tokens: { type: 'list', member: { shape: 'S' } },
      DescribeKeyResult: { type: 'structure', members: { KeyMetadata: { shape: describeKeyMetadata } } },
      CreateKeyMessage: { type: 'structure', members: {} },
      CreateKeyResult: { type: 'structure', members: { KeyMetadata: { shape: createKeyMetadata } } },
      [describeKeyMetadata]: keyInfo,
      [createKeyMetadata]: keyInfo,
    },
  };
}

describe('pairing SDK structures with botocore shapes', () => {
  it('pairs by operation and member, not by name, and keys the differences by SDK name', () => {
    const model = renamedKmsModel('KeyInfo');
    const pairs = structurePairs('kms', model);
    expect(pairs.get('DescribeKeyRequest')?.botocoreName).toBe('DescribeKeyMessage');
    expect(pairs.get('KeyMetadata')?.botocoreName).toBe('KeyInfo');
    const { members } = orderDifferences('kms', model);
    expect(members.DescribeKeyRequest).toEqual(['GrantTokens', 'KeyId']);
    expect(members.KeyMetadata).toEqual(['Arn', 'KeyId', 'AWSAccountId']);
    expect(members.KeyInfo).toBeUndefined();
  });

  it('refuses one SDK structure standing for two botocore shapes', () => {
    expect(() => structurePairs('kms', renamedKmsModel('KeyInfoA', 'KeyInfoB'))).toThrow(StructurePairConflict);
  });
});
