import {
  CloudWatchClient,
  CloudWatchServiceException,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  InvalidParameterValueException,
  MissingRequiredParameterException,
  ResourceNotFound,
} from '@aws-sdk/client-cloudwatch';
import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  EncryptCommand,
  KMSClient,
  KMSServiceException,
  ListKeysCommand,
  NotFoundException,
} from '@aws-sdk/client-kms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsError } from '@/engine/aws-error';
import { modeledError } from '@/engine/model/modeled-error';
import { serviceModel } from '@/engine/model/service-model';
import { awsJson1_0Protocol, awsJson1_1Protocol } from '@/engine/protocols/aws-json/aws-json-protocol';
import type { WireRequest } from '@/engine/protocols/wire-protocol';
import { startQueryTestServer, type QueryTestServer } from './query-test-server';

const kms = serviceModel('kms');
const monitoring = serviceModel('monitoring');
const clientConfig = { region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 };

function kmsRequest(target: string | undefined, body: string): WireRequest {
  const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' };
  if (target !== undefined) headers['x-amz-target'] = target;
  return { method: 'POST', path: '/', query: '', headers, body };
}

function decodeError(request: WireRequest): AwsError {
  try {
    awsJson1_1Protocol.decode(kms, request);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error('decoded without error');
}

describe('awsJson1_1 protocol with @aws-sdk/client-kms', () => {
  let server: QueryTestServer;
  let client: KMSClient;

  beforeAll(async () => {
    server = await startQueryTestServer(kms, awsJson1_1Protocol, () => ({}));
    client = new KMSClient({ ...clientConfig, endpoint: server.endpoint });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });
  beforeEach(() => {
    server.calls.length = 0;
    server.requests.length = 0;
    server.handler = () => ({});
  });

  it('CreateKey: the SDK request decodes to its input, and the result (epoch-second timestamps) parses back', async () => {
    const metadata = {
      KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      Arn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      AWSAccountId: '123456789012',
      CreationDate: new Date('2024-05-01T10:00:00.123Z'),
      Enabled: true,
      Description: 'Aurora "encryption" key ü 🚀',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
    };
    server.handler = () => ({ KeyMetadata: metadata });
    const input = { Description: 'Aurora key', Tags: [{ TagKey: 'env', TagValue: 'lab' }], MultiRegion: false };
    const { $metadata, ...output } = await client.send(new CreateKeyCommand(input));
    expect(output).toEqual({ KeyMetadata: metadata });
    expect($metadata).toMatchObject({ httpStatusCode: 200, requestId: expect.stringMatching(/^00000000-/) });
    expect(server.calls[0]).toEqual({ operation: 'CreateKey', input });
    const request = server.requests[0];
    expect(request.headers['x-amz-target']).toBe('TrentService.CreateKey');
    expect(request.headers['content-type']).toBe('application/x-amz-json-1.1');
  });

  it('writes JSON as KMS does: members in model order, absent ones left out, timestamps in epoch seconds', () => {
    const response = awsJson1_1Protocol.encodeResult(
      kms,
      'DescribeKey',
      { KeyMetadata: { KeyId: 'k', CreationDate: new Date('2024-05-01T10:00:00.500Z'), Description: undefined, Enabled: false } },
      'req-1',
    );
    expect(response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1' },
      body: '{"KeyMetadata":{"KeyId":"k","CreationDate":1714557600.5,"Enabled":false}}',
    });
  });

  it('an operation without input members sends {} and decodes to no members; a blob travels as base64', async () => {
    server.handler = () => ({ Keys: [], Truncated: false });
    await expect(client.send(new ListKeysCommand({}))).resolves.toMatchObject({ Keys: [], Truncated: false });
    expect(server.requests[0].body).toBe('{}');
    server.handler = () => ({ CiphertextBlob: new Uint8Array([0, 1, 254, 255]), KeyId: 'k' });
    const encrypted = await client.send(new EncryptCommand({ KeyId: 'k', Plaintext: new Uint8Array([104, 105]) }));
    expect(encrypted.CiphertextBlob).toEqual(new Uint8Array([0, 1, 254, 255]));
    expect(server.calls[1]).toEqual({ operation: 'Encrypt', input: { KeyId: 'k', Plaintext: new Uint8Array([104, 105]) } });
    expect(server.requests[1].body).toBe('{"KeyId":"k","Plaintext":"aGk="}');
  });

  it('a modelled error reaches the SDK as its class, named by shape although the model keeps a Query code', async () => {
    server.handler = () => {
      throw modeledError('kms', 'NotFoundException', "Key 'arn:aws:kms:us-east-1:123456789012:key/x' does not exist");
    };
    const error = await client.send(new DescribeKeyCommand({ KeyId: 'x' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundException);
    const fault = error as NotFoundException;
    expect(fault.message).toBe("Key 'arn:aws:kms:us-east-1:123456789012:key/x' does not exist");
    expect(fault.$fault).toBe('client');
    expect(fault.$metadata.httpStatusCode).toBe(404);
    const response = awsJson1_1Protocol.encodeError(kms, modeledError('kms', 'AlreadyExistsException', 'dup'), 'req-2');
    expect(response).toEqual({
      status: 409,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-2' },
      body: '{"__type":"AlreadyExistsException","message":"dup"}',
    });
    server.handler = () => {
      throw modeledError('kms', 'AlreadyExistsException', 'dup');
    };
    await expect(client.send(new CreateAliasCommand({ AliasName: 'alias/a', TargetKeyId: 'k' }))).rejects.toBeInstanceOf(AlreadyExistsException);
  });

  it('an unmodelled error is a service exception named by its code; 5xx is a server fault', async () => {
    server.handler = () => {
      throw new AwsError('ValidationException', '1 validation error detected', 400);
    };
    const error = await client.send(new ListKeysCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KMSServiceException);
    expect((error as KMSServiceException).name).toBe('ValidationException');
    expect((error as KMSServiceException).message).toBe('1 validation error detected');
    server.handler = () => {
      throw new AwsError('InternalFailure', 'boom', 500);
    };
    const failure = (await client.send(new ListKeysCommand({})).catch((e: unknown) => e)) as KMSServiceException;
    expect(failure.$fault).toBe('server');
    expect(failure.$metadata.httpStatusCode).toBe(500);
  });
});

describe('awsJson request errors (what Coral answers before the service runs)', () => {
  it('a missing, foreign or unknown X-Amz-Target is UnknownOperationException', () => {
    for (const target of [undefined, 'secretsmanager.ListSecrets', 'TrentService.NoSuchThing', 'TrentService']) {
      const error = decodeError(kmsRequest(target, '{}'));
      expect(error.code).toBe('UnknownOperationException');
      expect(error.status).toBe(400);
      expect(error.message).toBe('The requested operation is not recognized by the service.');
    }
  });

  it('an empty body is {}; a body that is not JSON is a SerializationException', () => {
    expect(awsJson1_1Protocol.decode(kms, kmsRequest('TrentService.ListKeys', ''))).toEqual({ operation: 'ListKeys', input: {} });
    expect(decodeError(kmsRequest('TrentService.ListKeys', '{"Limit":'))).toMatchObject({ code: 'SerializationException', status: 400 });
  });

  it('members of the wrong JSON type get Coral’s conversion messages', () => {
    const cases: [string, string, string][] = [
      ['DescribeKey', '{"KeyId":5}', 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String'],
      ['DescribeKey', '{"KeyId":true}', 'class java.lang.Boolean can not be converted to an String'],
      ['DescribeKey', '{"KeyId":{}}', 'Start of structure or map found where not expected.'],
      ['DescribeKey', '{"KeyId":[]}', 'Start of list found where not expected'],
      ['ListKeys', '{"Limit":"10"}', 'class java.lang.String can not be converted to an Integer'],
      ['CreateKey', '{"MultiRegion":"maybe"}', "'MAYBE' can not be converted to an Boolean"],
      ['CreateKey', '{"Tags":"x"}', 'Expected list or null'],
      ['CreateKey', '{"Tags":[5]}', 'Expected null'],
      ['Encrypt', '{"KeyId":"k","Plaintext":"abc"}', "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3"],
      ['Encrypt', '{"KeyId":"k","EncryptionContext":[]}', 'Start of list found where not expected'],
      ['ListKeys', '[]', 'Start of list found where not expected'],
    ];
    for (const [operation, body, message] of cases) {
      expect(decodeError(kmsRequest(`TrentService.${operation}`, body)), body).toMatchObject({ code: 'SerializationException', message });
    }
  });

  it('null members are absent and members the model does not name are ignored, as AWS does', () => {
    expect(awsJson1_1Protocol.decode(kms, kmsRequest('TrentService.ListKeys', '{"Limit":null,"Bogus":1}'))).toEqual({
      operation: 'ListKeys',
      input: {},
    });
  });
});

describe('awsJson1_0 with awsQueryCompatible (@aws-sdk/client-cloudwatch)', () => {
  let server: QueryTestServer;
  let client: CloudWatchClient;

  beforeAll(async () => {
    server = await startQueryTestServer(monitoring, awsJson1_0Protocol, () => ({}));
    client = new CloudWatchClient({ ...clientConfig, endpoint: server.endpoint });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it('the SDK sends JSON 1.0 with the Granite target and query mode; timestamps decode from epoch seconds', async () => {
    server.handler = () => ({ Label: 'CPUUtilization', Datapoints: [{ Timestamp: new Date('2024-05-01T10:05:00Z'), Average: 12.5, Unit: 'Percent' }] });
    const input = {
      Namespace: 'AWS/RDS',
      MetricName: 'CPUUtilization',
      StartTime: new Date('2024-05-01T10:00:00Z'),
      EndTime: new Date('2024-05-01T11:00:00.250Z'),
      Period: 300,
      Statistics: ['Average' as const],
      Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'aurora-demo' }],
    };
    const { $metadata, ...output } = await client.send(new GetMetricStatisticsCommand(input));
    expect($metadata.httpStatusCode).toBe(200);
    expect(output).toEqual({ Label: 'CPUUtilization', Datapoints: [{ Timestamp: new Date('2024-05-01T10:05:00Z'), Average: 12.5, Unit: 'Percent' }] });
    expect(server.calls[0]).toEqual({ operation: 'GetMetricStatistics', input });
    expect(server.requests[0].headers).toMatchObject({
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'GraniteServiceVersion20100801.GetMetricStatistics',
      'x-amzn-query-mode': 'true',
    });
  });

  it('errors carry x-amzn-query-error, so the SDK raises the class of the Query code', async () => {
    server.handler = () => {
      throw modeledError('monitoring', 'ResourceNotFound', 'The alarm x does not exist.');
    };
    const error = await client.send(new DescribeAlarmsCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFound);
    expect((error as ResourceNotFound).message).toBe('The alarm x does not exist.');
    expect((error as ResourceNotFound).$metadata.httpStatusCode).toBe(404);
    const response = awsJson1_0Protocol.encodeError(monitoring, modeledError('monitoring', 'InvalidParameterValueException', 'bad'), 'r');
    expect(response.headers).toEqual({
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': 'r',
      'x-amzn-query-error': 'InvalidParameterValue;Sender',
    });
    expect(JSON.parse(response.body)).toEqual({ __type: 'InvalidParameterValueException', message: 'bad' });
    server.handler = () => {
      throw modeledError('monitoring', 'InvalidParameterValueException', 'bad');
    };
    await expect(client.send(new DescribeAlarmsCommand({}))).rejects.toBeInstanceOf(InvalidParameterValueException);
  });

  it('a common Query error the model names maps to its class; one it does not keeps its code as the name', async () => {
    server.handler = () => {
      throw new AwsError('MissingParameter', 'The request must contain the parameter MetricName', 400);
    };
    const missing = await client.send(new DescribeAlarmsCommand({})).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MissingRequiredParameterException);
    expect((missing as MissingRequiredParameterException).message).toBe('The request must contain the parameter MetricName');
    server.handler = () => {
      throw new AwsError('InvalidAction', 'The action X is not valid for this web service.', 400);
    };
    const error = (await client.send(new DescribeAlarmsCommand({})).catch((e: unknown) => e)) as CloudWatchServiceException;
    expect(error).toBeInstanceOf(CloudWatchServiceException);
    expect(error.name).toBe('InvalidAction');
    expect(error.message).toBe('The action X is not valid for this web service.');
  });
});
