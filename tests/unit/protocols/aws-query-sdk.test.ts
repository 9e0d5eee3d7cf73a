import {
  AddTagsToResourceCommand,
  CreateDBClusterCommand,
  type CreateDBClusterCommandInput,
  DBClusterAlreadyExistsFault,
  DBInstanceNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  type DBCluster,
  RDSClient,
  RDSServiceException,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsError } from '@/engine/aws-error';
import { modeledError } from '@/engine/model/modeled-error';
import { serviceModel } from '@/engine/model/service-model';
import { awsQueryProtocol } from '@/engine/protocols/aws-query/aws-query-protocol';
import { startQueryTestServer, type QueryTestServer } from './query-test-server';

const model = serviceModel('rds');

const cluster: DBCluster = {
  AllocatedStorage: 1,
  AvailabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  BackupRetentionPeriod: 7,
  DatabaseName: 'app',
  DBClusterIdentifier: 'aurora-demo',
  DBClusterParameterGroup: 'default.aurora-postgresql16',
  DBSubnetGroup: 'default',
  Status: 'available',
  EarliestRestorableTime: new Date('2024-05-01T10:00:00.123Z'),
  Endpoint: 'aurora-demo.cluster-abc.us-east-1.rds.amazonaws.com',
  ReaderEndpoint: 'aurora-demo.cluster-ro-abc.us-east-1.rds.amazonaws.com',
  CustomEndpoints: ['a.cluster-custom-abc.us-east-1.rds.amazonaws.com'],
  MultiAZ: true,
  Engine: 'aurora-postgresql',
  EngineVersion: '16.4',
  Port: 5432,
  MasterUsername: 'postgres',
  DBClusterMembers: [
    { DBInstanceIdentifier: 'writer', IsClusterWriter: true, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 },
    { DBInstanceIdentifier: 'reader', IsClusterWriter: false, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 15 },
  ],
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0123', Status: 'active' }],
  StorageEncrypted: false,
  ClusterCreateTime: new Date('2024-05-01T09:00:00.000Z'),
  DeletionProtection: false,
  HttpEndpointEnabled: false,
  ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 16, SecondsUntilAutoPause: 300 },
  TagList: [
    { Key: 'env', Value: 'lab' },
    { Key: 'markup', Value: `<b>"Tom" & 'Jerry'</b>\r\n\ttab ünïcødé 🚀` },
  ],
  AssociatedRoles: [],
};

describe('awsQuery protocol with @aws-sdk/client-rds', () => {
  let server: QueryTestServer;
  let client: RDSClient;

  beforeAll(async () => {
    server = await startQueryTestServer(model, awsQueryProtocol, () => ({}));
    client = new RDSClient({
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
    server.handler = () => ({});
  });

  it('DescribeDBClusters: nested lists, timestamps, booleans, doubles and escaped text parse back identically', async () => {
    server.handler = () => ({ DBClusters: [cluster, { DBClusterIdentifier: 'empty', DBClusterMembers: [] }], Marker: 'next&page' });
    const { $metadata, ...output } = await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'aurora-demo' }));
    expect(output).toEqual({ DBClusters: [cluster, { DBClusterIdentifier: 'empty', DBClusterMembers: [] }], Marker: 'next&page' });
    expect($metadata.httpStatusCode).toBe(200);
    expect($metadata.requestId).toMatch(/^00000000-/);
    expect(server.calls[0]).toEqual({ operation: 'DescribeDBClusters', input: { DBClusterIdentifier: 'aurora-demo' } });
  });

  it('writes the envelope, list member names and timestamps as RDS does', () => {
    const response = awsQueryProtocol.encodeResult(model, 'DescribeDBClusters', { DBClusters: [cluster] }, 'req-1');
    expect(response.status).toBe(200);
    expect(response.headers).toEqual({ 'content-type': 'text/xml', 'x-amzn-RequestId': 'req-1' });
    expect(response.body).toMatch(
      /^<DescribeDBClustersResponse xmlns="http:\/\/rds\.amazonaws\.com\/doc\/2014-10-31\/"><DescribeDBClustersResult><DBClusters><DBCluster><AllocatedStorage>1<\/AllocatedStorage><AvailabilityZones><AvailabilityZone>us-east-1a<\/AvailabilityZone>/,
    );
    expect(response.body).toContain('<DBClusterMembers><DBClusterMember><DBInstanceIdentifier>writer</DBInstanceIdentifier><IsClusterWriter>true</IsClusterWriter>');
    expect(response.body).toContain('<TagList><Tag><Key>env</Key><Value>lab</Value></Tag>');
    expect(response.body).toContain('<CustomEndpoints><member>a.cluster-custom-abc.us-east-1.rds.amazonaws.com</member></CustomEndpoints>');
    expect(response.body).toContain('<ClusterCreateTime>2024-05-01T09:00:00.000Z</ClusterCreateTime>');
    expect(response.body).toContain('<MinCapacity>0.5</MinCapacity>');
    expect(response.body).toContain('<AssociatedRoles/>');
    expect(response.body).toContain('<Value>&lt;b&gt;"Tom" &amp; \'Jerry\'&lt;/b&gt;&#xD;\n');
    expect(response.body).toMatch(
      /<\/DescribeDBClustersResult><ResponseMetadata><RequestId>req-1<\/RequestId><\/ResponseMetadata><\/DescribeDBClustersResponse>$/,
    );
  });

  it('an operation without output answers the envelope with metadata only', async () => {
    const { $metadata, ...output } = await client.send(
      new AddTagsToResourceCommand({ ResourceName: 'arn:aws:rds:us-east-1:123456789012:cluster:a', Tags: [{ Key: 'k', Value: 'v' }] }),
    );
    expect(output).toEqual({});
    expect($metadata.httpStatusCode).toBe(200);
    const response = awsQueryProtocol.encodeResult(model, 'AddTagsToResource', {}, 'req-2');
    expect(response.body).toBe(
      '<AddTagsToResourceResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata></AddTagsToResourceResponse>',
    );
  });

  it('CreateDBCluster: what the SDK sends decodes to the input it was given', async () => {
    const input: CreateDBClusterCommandInput = {
      DBClusterIdentifier: 'aurora-demo',
      Engine: 'aurora-postgresql',
      EngineVersion: '16.4',
      AvailabilityZones: ['us-east-1a', 'us-east-1b'],
      BackupRetentionPeriod: 7,
      DatabaseName: 'app',
      VpcSecurityGroupIds: ['sg-1', 'sg-2'],
      MasterUsername: 'postgres',
      MasterUserPassword: 'p@ss word+&=%',
      StorageEncrypted: true,
      DeletionProtection: false,
      EnableIAMDatabaseAuthentication: true,
      EnableCloudwatchLogsExports: ['postgresql'],
      Tags: [
        { Key: 'env', Value: 'lab' },
        { Key: 'owner', Value: 'ünïcødé 🚀' },
      ],
      ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 16, AutoPause: true, SecondsUntilAutoPause: 300, TimeoutAction: 'ForceApplyCapacityChange' },
      ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8.5 },
      EngineMode: 'provisioned',
      Port: 5432,
    };
    server.handler = () => ({ DBCluster: { DBClusterIdentifier: 'aurora-demo', Status: 'creating' } });
    const output = await client.send(new CreateDBClusterCommand(input));
    expect(output.DBCluster).toEqual({ DBClusterIdentifier: 'aurora-demo', Status: 'creating' });
    expect(server.calls[0]).toEqual({ operation: 'CreateDBCluster', input });
  });

  it('a modelled error is raised as its SDK class with status and request id', async () => {
    server.handler = () => {
      throw modeledError('rds', 'DBClusterAlreadyExistsFault', 'DB Cluster already exists');
    };
    const error = await client
      .send(new CreateDBClusterCommand({ DBClusterIdentifier: 'aurora-demo', Engine: 'aurora-postgresql' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DBClusterAlreadyExistsFault);
    const fault = error as DBClusterAlreadyExistsFault;
    expect(fault.name).toBe('DBClusterAlreadyExistsFault');
    expect(fault.message).toBe('DB Cluster already exists');
    expect(fault.$fault).toBe('client');
    expect(fault.$metadata.httpStatusCode).toBe(400);
    expect(fault.$metadata.requestId).toMatch(/^00000000-/);
  });

  it('a wire code that differs from the class name maps back to the class (DBInstanceNotFound, 404)', async () => {
    server.handler = () => {
      throw modeledError('rds', 'DBInstanceNotFoundFault', 'DBInstance nope not found.');
    };
    const error = await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'nope' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DBInstanceNotFoundFault);
    const fault = error as DBInstanceNotFoundFault;
    expect(fault.message).toBe('DBInstance nope not found.');
    expect(fault.$metadata.httpStatusCode).toBe(404);
    expect(fault.$metadata.requestId).toMatch(/^00000000-/);
    const response = awsQueryProtocol.encodeError(model, modeledError('rds', 'DBInstanceNotFoundFault', 'x < y'), 'req-3');
    expect(response.status).toBe(404);
    expect(response.headers['x-amzn-RequestId']).toBe('req-3');
    expect(response.body).toBe(
      '<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type><Code>DBInstanceNotFound</Code><Message>x &lt; y</Message></Error><RequestId>req-3</RequestId></ErrorResponse>',
    );
  });

  it('an unmodelled error reaches the SDK as a service exception named by its code; 5xx is a Receiver fault', async () => {
    server.handler = () => {
      throw new AwsError('InternalFailure', 'boom', 500);
    };
    const error = await client.send(new DescribeDBClustersCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RDSServiceException);
    expect((error as RDSServiceException).name).toBe('InternalFailure');
    expect((error as RDSServiceException).$fault).toBe('server');
    expect((error as RDSServiceException).$metadata.httpStatusCode).toBe(500);
    expect(awsQueryProtocol.encodeError(model, new AwsError('InternalFailure', 'boom', 500), 'r').body).toContain('<Type>Receiver</Type>');
  });
});
