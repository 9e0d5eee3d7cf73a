import { describe, expect, it } from 'vitest';
import { AwsError } from '@/engine/aws-error';
import { serviceModel } from '@/engine/model/service-model';
import { validateInput } from '@/engine/model/validate-input';
import { awsQueryProtocol } from '@/engine/protocols/aws-query/aws-query-protocol';
import type { ServiceName } from '@/engine/service-name';

function validate(service: ServiceName, operation: string, input: Record<string, unknown>): void {
  validateInput(service, serviceModel(service).operations.get(operation)!.input, input);
}

function errorOf(run: () => void): { code: string; status: number; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsError) return { code: error.code, status: error.status, message: error.message };
    throw error;
  }
  throw new Error('expected an AwsError');
}

const CLUSTER = { DBClusterIdentifier: 'c', Engine: 'aurora-postgresql' };

describe('validateInput', () => {
  it('accepts complete inputs, whether decoded from the wire or built as plain objects', () => {
    expect(() => validate('rds', 'DescribeDBClusters', {})).not.toThrow();
    expect(() =>
      validate('rds', 'CreateDBCluster', {
        ...CLUSTER,
        BackupRetentionPeriod: 7,
        StorageEncrypted: true,
        VpcSecurityGroupIds: ['sg-1'],
        Tags: [{ Key: 'a', Value: 'b' }],
        ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 },
        EngineVersion: undefined,
        KmsKeyId: null,
      }),
    ).not.toThrow();
    const decoded = awsQueryProtocol.decode(serviceModel('rds'), {
      method: 'POST',
      path: '/',
      query: '',
      headers: {},
      body: 'Action=DescribeEvents&Version=2014-10-31&SourceType=db-cluster&StartTime=2024-01-01T00:00:00Z&Filters.Filter.1.Name=a&Filters.Filter.1.Values.Value.1=b',
    });
    expect(() => validate('rds', decoded.operation, decoded.input)).not.toThrow();
  });

  it('refuses a missing required member with MissingParameter, naming it as the wire does', () => {
    expect(errorOf(() => validate('rds', 'CreateDBCluster', { DBClusterIdentifier: 'c' }))).toEqual({
      code: 'MissingParameter',
      status: 400,
      message: 'The request must contain the parameter Engine',
    });
    expect(errorOf(() => validate('rds', 'CreateDBCluster', { Engine: 'aurora-mysql', DBClusterIdentifier: null })).message).toBe(
      'The request must contain the parameter DBClusterIdentifier',
    );
  });

  it('checks required members inside nested structures and list items, with the dotted wire path', () => {
    expect(errorOf(() => validate('rds', 'CreateDBCluster', { ...CLUSTER, AssociatedRoles: [{ RoleArn: 'r' }, { FeatureName: 'f' }] }))).toEqual({
      code: 'MissingParameter',
      status: 400,
      message: 'The request must contain the parameter AssociatedRoles.DBClusterAssociatedRole.2.RoleArn',
    });
    expect(
      errorOf(() => validate('ec2', 'CreateManagedPrefixList', { PrefixListName: 'p', MaxEntries: 5, AddressFamily: 'IPv4', Entries: [{}] })).message,
    ).toBe('The request must contain the parameter Entry.1.Cidr');
    expect(errorOf(() => validate('ec2', 'RunInstances', { MinCount: 1, MaxCount: 1, Monitoring: {} })).message).toBe(
      'The request must contain the parameter Monitoring.Enabled',
    );
  });

  it('refuses a value outside its enum with InvalidParameterValue naming parameter, value and allowed values', () => {
    const error = errorOf(() => validate('rds', 'DescribeEvents', { SourceType: 'db-clusters' }));
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^Value \(db-clusters\) for parameter SourceType is invalid\. Valid values: blue-green-deployment, .*db-cluster, .*zero-etl\.$/);
    expect(() => validate('rds', 'DescribeEvents', { SourceType: 'db-cluster' })).not.toThrow();
  });

  it('checks each item of a list of enum values', () => {
    expect(() => validate('ec2', 'DescribeInstanceTypes', { InstanceTypes: ['t3.micro', 'r6g.large'] })).not.toThrow();
    const error = errorOf(() => validate('ec2', 'DescribeInstanceTypes', { InstanceTypes: ['t3.micro', 't3.mega'] }));
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toMatch(/^Value \(t3\.mega\) for parameter InstanceType\.2 is invalid\. Valid values: /);
  });

  it('refuses values of the wrong type, at any depth', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...CLUSTER, BackupRetentionPeriod: '7' }, 'Value (7) for parameter BackupRetentionPeriod is invalid. Expected a number.'],
      [{ ...CLUSTER, Port: Number.NaN }, 'Value (NaN) for parameter Port is invalid. Expected a number.'],
      [{ ...CLUSTER, StorageEncrypted: 'true' }, 'Value (true) for parameter StorageEncrypted is invalid. Expected true or false.'],
      [{ ...CLUSTER, Engine: 5 }, 'Value (5) for parameter Engine is invalid. Expected a string.'],
      [{ ...CLUSTER, VpcSecurityGroupIds: 'sg-1' }, 'Value (sg-1) for parameter VpcSecurityGroupIds is invalid. Expected a list.'],
      [{ ...CLUSTER, Tags: [{ Key: 'a' }, { Key: 1 }] }, 'Value (1) for parameter Tags.Tag.2.Key is invalid. Expected a string.'],
      [{ ...CLUSTER, Tags: [null] }, 'Value (null) for parameter Tags.Tag.1 is invalid. List items cannot be empty.'],
      [{ ...CLUSTER, ScalingConfiguration: 2 }, 'Value (2) for parameter ScalingConfiguration is invalid. Expected a structure.'],
      [{ ...CLUSTER, ScalingConfiguration: { MinCapacity: '2' } }, 'Value (2) for parameter ScalingConfiguration.MinCapacity is invalid. Expected a number.'],
    ];
    for (const [input, message] of cases) {
      expect(errorOf(() => validate('rds', 'CreateDBCluster', input))).toEqual({ code: 'InvalidParameterValue', status: 400, message });
    }
    expect(errorOf(() => validate('rds', 'DescribeEvents', { StartTime: '2024-01-01' })).message).toBe(
      'Value (2024-01-01) for parameter StartTime is invalid. Expected a timestamp.',
    );
    expect(errorOf(() => validate('ec2', 'DescribeSubnets', { Filters: [{ Name: 'a', Values: ['x', 2] }] })).message).toBe(
      'Value (2) for parameter Filter.1.Value.2 is invalid. Expected a string.',
    );
  });

  it('refuses members the model does not have, with the protocol’s unknown-parameter error', () => {
    expect(errorOf(() => validate('rds', 'CreateDBCluster', { ...CLUSTER, Tags: [{ Key: 'a', Colour: 'red' }] }))).toEqual({
      code: 'InvalidQueryParameter',
      status: 400,
      message: 'The parameter Tags.Tag.1.Colour is not recognized by this action.',
    });
    expect(errorOf(() => validate('ec2', 'DescribeSubnets', { SubnetId: ['x'] }))).toEqual({
      code: 'UnknownParameter',
      status: 400,
      message: 'The parameter SubnetId is not recognized',
    });
    expect(() => validate('rds', 'CreateDBCluster', { ...CLUSTER, Colour: undefined })).not.toThrow();
  });

  it('refuses an input that is not an object at all', () => {
    expect(errorOf(() => validate('rds', 'DescribeDBClusters', 'x' as unknown as Record<string, unknown>)).message).toBe(
      'Value (x) for parameter DescribeDBClustersMessage is invalid. Expected a structure.',
    );
  });
});
