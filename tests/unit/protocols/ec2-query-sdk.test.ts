import {
  DeleteSubnetCommand,
  DescribeSubnetsCommand,
  type DescribeSubnetsCommandInput,
  EC2Client,
  EC2ServiceException,
  type Subnet,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsError } from '@/engine/aws-error';
import { serviceModel } from '@/engine/model/service-model';
import { ec2QueryProtocol } from '@/engine/protocols/ec2-query/ec2-query-protocol';
import { startQueryTestServer, type QueryTestServer } from './query-test-server';

const model = serviceModel('ec2');

const subnet: Subnet = {
  AvailabilityZoneId: 'use1-az1',
  MapCustomerOwnedIpOnLaunch: false,
  OwnerId: '123456789012',
  AssignIpv6AddressOnCreation: false,
  Ipv6CidrBlockAssociationSet: [
    { AssociationId: 'subnet-cidr-assoc-1', Ipv6CidrBlock: '2600:1f18::/64', Ipv6CidrBlockState: { State: 'associated' } },
  ],
  Tags: [
    { Key: 'Name', Value: 'private-a' },
    { Key: 'tier', Value: 'db & cache' },
  ],
  SubnetArn: 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0aaa',
  EnableDns64: false,
  Ipv6Native: false,
  PrivateDnsNameOptionsOnLaunch: { HostnameType: 'ip-name', EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false },
  SubnetId: 'subnet-0aaa',
  State: 'available',
  VpcId: 'vpc-0123',
  CidrBlock: '10.0.1.0/24',
  AvailableIpAddressCount: 251,
  AvailabilityZone: 'us-east-1a',
  DefaultForAz: false,
  MapPublicIpOnLaunch: true,
};

describe('ec2Query protocol with @aws-sdk/client-ec2', () => {
  let server: QueryTestServer;
  let client: EC2Client;

  beforeAll(async () => {
    server = await startQueryTestServer(model, ec2QueryProtocol, () => ({}));
    client = new EC2Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      maxAttempts: 1,
    });
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

  it('DescribeSubnets: Filters and SubnetIds decode to the SDK input; the response parses back identically', async () => {
    const input: DescribeSubnetsCommandInput = {
      Filters: [
        { Name: 'vpc-id', Values: ['vpc-0123'] },
        { Name: 'tag:tier', Values: ['db & cache', 'web'] },
      ],
      SubnetIds: ['subnet-0aaa', 'subnet-0bbb'],
      DryRun: false,
    };
    server.handler = () => ({ Subnets: [subnet], NextToken: 'tok' });
    const { $metadata, ...output } = await client.send(new DescribeSubnetsCommand(input));
    expect(server.requests[0].body).toContain('Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-0123&Filter.2.Name=tag%3Atier');
    expect(server.requests[0].body).toContain('SubnetId.1=subnet-0aaa&SubnetId.2=subnet-0bbb');
    expect(server.calls[0]).toEqual({ operation: 'DescribeSubnets', input });
    expect(output).toEqual({ Subnets: [subnet], NextToken: 'tok' });
    expect($metadata.httpStatusCode).toBe(200);
    expect($metadata.requestId).toMatch(/^00000000-/);
  });

  it('writes EC2 response bodies: requestId first, lowerCamel xmlNames, <item> lists, no Result wrapper', () => {
    const response = ec2QueryProtocol.encodeResult(model, 'DescribeSubnets', { Subnets: [subnet] }, 'req-1');
    expect(response.headers['x-amzn-RequestId']).toBe('req-1');
    expect(response.body).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<DescribeSubnetsResponse xmlns="http:\/\/ec2\.amazonaws\.com\/doc\/2016-11-15\/"><requestId>req-1<\/requestId><subnetSet><item><availabilityZoneId>use1-az1<\/availabilityZoneId>/,
    );
    expect(response.body).toContain('<tagSet><item><key>Name</key><value>private-a</value></item>');
    expect(response.body).toContain('<ipv6CidrBlockAssociationSet><item><associationId>subnet-cidr-assoc-1</associationId>');
    expect(response.body).toContain('<mapPublicIpOnLaunch>true</mapPublicIpOnLaunch>');
    expect(response.body).toMatch(/<\/subnetSet><\/DescribeSubnetsResponse>$/);
  });

  it('an action without output answers <return>true</return>, which the SDK accepts', async () => {
    const { $metadata, ...output } = await client.send(new DeleteSubnetCommand({ SubnetId: 'subnet-0aaa' }));
    expect(output).toEqual({});
    expect($metadata.httpStatusCode).toBe(200);
    expect(server.calls[0]).toEqual({ operation: 'DeleteSubnet', input: { SubnetId: 'subnet-0aaa' } });
  });

  it('errors parse as EC2 sends them: Response/Errors/Error with code, message, status and request id', async () => {
    server.handler = () => {
      throw new AwsError('InvalidSubnetID.NotFound', "The subnet ID 'subnet-0zzz' does not exist", 400);
    };
    const error = await client.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-0zzz'] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EC2ServiceException);
    const fault = error as EC2ServiceException;
    expect(fault.name).toBe('InvalidSubnetID.NotFound');
    expect(fault.message).toBe("The subnet ID 'subnet-0zzz' does not exist");
    expect(fault.$fault).toBe('client');
    expect(fault.$metadata.httpStatusCode).toBe(400);
    expect(fault.$metadata.requestId).toMatch(/^00000000-/);
    const response = ec2QueryProtocol.encodeError(model, new AwsError('UnknownParameter', 'The parameter Foo is not recognized'), 'req-2');
    expect(response.status).toBe(400);
    expect(response.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>UnknownParameter</Code><Message>The parameter Foo is not recognized</Message></Error></Errors><RequestID>req-2</RequestID></Response>',
    );
  });
});
