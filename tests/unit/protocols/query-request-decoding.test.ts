import { describe, expect, it } from 'vitest';
import { AwsError } from '@/engine/aws-error';
import { serviceModel } from '@/engine/model/service-model';
import { awsQueryProtocol } from '@/engine/protocols/aws-query/aws-query-protocol';
import { ec2QueryProtocol } from '@/engine/protocols/ec2-query/ec2-query-protocol';
import type { WireRequest } from '@/engine/protocols/wire-protocol';
import { wireProtocolFor } from '@/engine/protocols/wire-protocol-for';

const rds = serviceModel('rds');
const ec2 = serviceModel('ec2');
const RDS_PREFIX = 'Action=DescribeDBClusters&Version=2014-10-31';
const FORM = 'application/x-www-form-urlencoded';

function post(body: string, contentType: string | undefined = `${FORM}; charset=utf-8`): WireRequest {
  return { method: 'POST', path: '/', query: '', headers: contentType === undefined ? {} : { 'content-type': contentType }, body };
}

function decodeRds(body: string) {
  return awsQueryProtocol.decode(rds, post(body));
}

function decodeEc2(body: string) {
  return ec2QueryProtocol.decode(ec2, post(`Action=DescribeSubnets&Version=2016-11-15&${body}`));
}

function errorOf(run: () => unknown): AwsError {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error('expected an AwsError');
}

function expectError(run: () => unknown, code: string, status: number, message?: string | RegExp): void {
  const error = errorOf(run);
  expect({ code: error.code, status: error.status }).toEqual({ code, status });
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
}

describe('Query request envelope', () => {
  it('picks the protocol from the model', () => {
    expect(wireProtocolFor(rds)).toBe(awsQueryProtocol);
    expect(wireProtocolFor(ec2)).toBe(ec2QueryProtocol);
  });

  it('refuses a request without Action, without Version, with another Version, or with an unknown Action', () => {
    expectError(() => decodeRds('Version=2014-10-31'), 'MissingAction', 400, 'No action was supplied with this request.');
    expectError(() => decodeRds('Action=DescribeDBClusters'), 'MissingParameter', 400, 'The request must contain the parameter Version');
    expectError(() => decodeRds('Action=DescribeDBClusters&Version=2013-01-10'), 'NoSuchVersion', 400, /The requested version \(2013-01-10\) is not valid/);
    expectError(() => decodeRds('Action=Foo&Version=2014-10-31'), 'InvalidAction', 400, 'The action Foo is not valid for this web service.');
    expectError(
      () => ec2QueryProtocol.decode(ec2, post('Action=DescribeDBClusters&Version=2016-11-15')),
      'InvalidAction',
      400,
      'The action DescribeDBClusters is not valid for this web service.',
    );
  });

  it('reads a GET request from its query string, and a POST without content-type as a form', () => {
    const get: WireRequest = { method: 'GET', path: '/', query: `${RDS_PREFIX}&DBClusterIdentifier=a`, headers: {}, body: '' };
    expect(awsQueryProtocol.decode(rds, get)).toEqual({ operation: 'DescribeDBClusters', input: { DBClusterIdentifier: 'a' } });
    expect(awsQueryProtocol.decode(rds, post(`${RDS_PREFIX}&DBClusterIdentifier=b`, undefined)).input).toEqual({ DBClusterIdentifier: 'b' });
  });

  it('ignores query-string authentication parameters of a presigned request', () => {
    const get: WireRequest = {
      method: 'GET',
      path: '/',
      query: `${RDS_PREFIX}&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=x%2F20240101%2Fus-east-1%2Frds%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=abc`,
      headers: {},
      body: '',
    };
    expect(awsQueryProtocol.decode(rds, get).input).toEqual({});
  });

  it('decodes + as space, percent-escaped UTF-8, and a Latin-1 charset', () => {
    expect(decodeRds(`${RDS_PREFIX}&DBClusterIdentifier=a+b%2Bc%20%C3%BC%F0%9F%9A%80`).input).toEqual({ DBClusterIdentifier: 'a b+c ü🚀' });
    const latin1 = awsQueryProtocol.decode(rds, post(`${RDS_PREFIX}&DBClusterIdentifier=%FC`, `${FORM}; charset=ISO-8859-1`));
    expect(latin1.input).toEqual({ DBClusterIdentifier: 'ü' });
  });

  it('refuses malformed escapes, unknown charsets and repeated parameters', () => {
    expectError(() => decodeRds(`${RDS_PREFIX}&DBClusterIdentifier=%E0%A4%A`), 'MalformedQueryString', 404);
    expectError(() => decodeRds(`${RDS_PREFIX}&DBClusterIdentifier=%FF`), 'MalformedQueryString', 404);
    expectError(() => awsQueryProtocol.decode(rds, post(RDS_PREFIX, `${FORM}; charset=shift_jis`)), 'MalformedQueryString', 404, /shift_jis/);
    expectError(
      () => decodeRds(`${RDS_PREFIX}&DBClusterIdentifier=a&DBClusterIdentifier=b`),
      'InvalidParameterValue',
      400,
      'Value (b) for parameter DBClusterIdentifier is invalid. The parameter is given more than once.',
    );
  });
});

describe('awsQuery parameters', () => {
  const create = 'Action=CreateDBCluster&Version=2014-10-31&DBClusterIdentifier=c&Engine=aurora-mysql';

  it('decodes lists under their member xmlName in index order, `member` lists, and `Name=` as an empty list', () => {
    const call = decodeRds(
      `${create}&VpcSecurityGroupIds.VpcSecurityGroupId.2=sg-2&VpcSecurityGroupIds.VpcSecurityGroupId.1=sg-1&EnableCloudwatchLogsExports.member.1=audit&AvailabilityZones=`,
    );
    expect(call.input).toEqual({
      DBClusterIdentifier: 'c',
      Engine: 'aurora-mysql',
      VpcSecurityGroupIds: ['sg-1', 'sg-2'],
      EnableCloudwatchLogsExports: ['audit'],
      AvailabilityZones: [],
    });
  });

  it('decodes nested structures, lists of structures, numbers, booleans and timestamps', () => {
    const call = decodeRds(
      `${create}&ScalingConfiguration.MinCapacity=2&ScalingConfiguration.AutoPause=false&ServerlessV2ScalingConfiguration.MaxCapacity=16.0&Tags.Tag.1.Key=a&Tags.Tag.1.Value=&Tags.Tag.2.Key=b&StorageEncrypted=true&BacktrackWindow=-1`,
    );
    expect(call.input).toEqual({
      DBClusterIdentifier: 'c',
      Engine: 'aurora-mysql',
      ScalingConfiguration: { MinCapacity: 2, AutoPause: false },
      ServerlessV2ScalingConfiguration: { MaxCapacity: 16 },
      Tags: [{ Key: 'a', Value: '' }, { Key: 'b' }],
      StorageEncrypted: true,
      BacktrackWindow: -1,
    });
    const events = rdsCall('DescribeEvents', 'StartTime=2024-01-02T03:04:05.123456Z&EndTime=2024-01-02T05:04:05%2B02:00&Duration=60');
    expect(events.input).toEqual({
      StartTime: new Date('2024-01-02T03:04:05.123Z'),
      EndTime: new Date('2024-01-02T03:04:05.000Z'),
      Duration: 60,
    });
    expect(rdsCall('DescribeEvents', 'StartTime=1704164645').input).toEqual({ StartTime: new Date('2024-01-02T03:04:05Z') });
  });

  it('decodes maps sent as Name.entry.N.key/value', () => {
    const call = rdsCall(
      'CreateIntegration',
      'SourceArn=s&TargetArn=t&IntegrationName=i&AdditionalEncryptionContext.entry.1.key=team&AdditionalEncryptionContext.entry.1.value=db&AdditionalEncryptionContext.entry.2.key=__proto__&AdditionalEncryptionContext.entry.2.value=x',
    );
    expect(call.input.AdditionalEncryptionContext).toEqual(JSON.parse('{"team":"db","__proto__":"x"}'));
    expect(Object.getPrototypeOf(call.input.AdditionalEncryptionContext)).toBe(Object.prototype);
    expectError(
      () => rdsCall('CreateIntegration', 'SourceArn=s&TargetArn=t&IntegrationName=i&AdditionalEncryptionContext.entry.1.key=team'),
      'MissingParameter',
      400,
      'The request must contain the parameter AdditionalEncryptionContext.entry.1.value',
    );
  });

  it('refuses parameters the operation does not have, at any depth, naming them as sent', () => {
    const unknown = (parameter: string) =>
      `The parameter ${parameter} is not recognized by this action.`;
    expectError(() => decodeRds(`${RDS_PREFIX}&DBClusterIdentifer=a`), 'InvalidQueryParameter', 400, unknown('DBClusterIdentifer'));
    expectError(() => decodeRds(`${create}&Tags.Tag.1.Kee=a`), 'InvalidQueryParameter', 400, unknown('Tags.Tag.1.Kee'));
    expectError(() => decodeRds(`${create}&Tags.member.1.Key=a`), 'InvalidQueryParameter', 400, unknown('Tags.member'));
    expectError(() => decodeRds(`${create}&Tags.Tag.0.Key=a`), 'InvalidQueryParameter', 400, unknown('Tags.Tag.0'));
    expectError(() => decodeRds(`${create}&Engine.1=a`), 'InvalidQueryParameter', 400, unknown('Engine.1'));
    expectError(() => decodeRds(`${create}&ScalingConfiguration.MinCapacity.X=1`), 'InvalidQueryParameter', 400, unknown('ScalingConfiguration.MinCapacity.X'));
  });

  it('refuses values of the wrong type with InvalidParameterValue naming parameter, value and expectation', () => {
    expectError(
      () => decodeRds(`${create}&BackupRetentionPeriod=abc`),
      'InvalidParameterValue',
      400,
      'Value (abc) for parameter BackupRetentionPeriod is invalid. Expected a number.',
    );
    expectError(() => decodeRds(`${create}&Port=`), 'InvalidParameterValue', 400, /parameter Port is invalid. Expected a number/);
    expectError(() => decodeRds(`${create}&Port=1e999`), 'InvalidParameterValue', 400);
    expectError(() => decodeRds(`${create}&StorageEncrypted=yes`), 'InvalidParameterValue', 400, 'Value (yes) for parameter StorageEncrypted is invalid. Expected true or false.');
    expectError(() => rdsCall('DescribeEvents', 'StartTime=yesterday'), 'InvalidParameterValue', 400, /StartTime is invalid. Expected an ISO 8601 timestamp/);
    expectError(() => rdsCall('DescribeEvents', 'StartTime=2023-02-30T00:00:00Z'), 'InvalidParameterValue', 400);
    expectError(() => decodeRds(`${create}&ScalingConfiguration=2`), 'InvalidParameterValue', 400, /Expected a structure/);
    expectError(
      () => decodeRds(`${create}&VpcSecurityGroupIds=sg-1`),
      'InvalidParameterValue',
      400,
      'Value (sg-1) for parameter VpcSecurityGroupIds is invalid. Expected a list: send its items as VpcSecurityGroupIds.VpcSecurityGroupId.1, ...',
    );
  });

  function rdsCall(action: string, rest: string) {
    return decodeRds(`Action=${action}&Version=2014-10-31&${rest}`);
  }
});

describe('ec2Query parameters', () => {
  it('decodes flattened lists named by ec2QueryName: SubnetId.N, Filter.N.Name, Filter.N.Value.M', () => {
    const call = decodeEc2('SubnetId.1=subnet-1&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.1.Value.2=vpc-2&Filter.2.Name=state&MaxResults=5&DryRun=true');
    expect(call).toEqual({
      operation: 'DescribeSubnets',
      input: {
        SubnetIds: ['subnet-1'],
        Filters: [{ Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] }, { Name: 'state' }],
        MaxResults: 5,
        DryRun: true,
      },
    });
  });

  it('refuses unknown parameters with UnknownParameter, including the awsQuery spelling of a list', () => {
    expectError(() => decodeEc2('Filters.1.Name=x'), 'UnknownParameter', 400, 'The parameter Filters is not recognized');
    expectError(() => decodeEc2('SubnetId.member.1=x'), 'UnknownParameter', 400, 'The parameter SubnetId.member is not recognized');
  });

  it('decodes base64 blobs and refuses bad ones', () => {
    const body = 'Action=ImportKeyPair&Version=2016-11-15&KeyName=k&PublicKeyMaterial=c3NoLXJzYSBBQUFB';
    const call = ec2QueryProtocol.decode(ec2, post(body));
    expect(call.input).toEqual({ KeyName: 'k', PublicKeyMaterial: new TextEncoder().encode('ssh-rsa AAAA') });
    expectError(
      () => ec2QueryProtocol.decode(ec2, post('Action=ImportKeyPair&Version=2016-11-15&KeyName=k&PublicKeyMaterial=%%%')),
      'MalformedQueryString',
      404,
    );
    expectError(
      () => ec2QueryProtocol.decode(ec2, post('Action=ImportKeyPair&Version=2016-11-15&KeyName=k&PublicKeyMaterial=abc')),
      'InvalidParameterValue',
      400,
      /Expected base64/,
    );
  });
});
