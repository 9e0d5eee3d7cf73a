import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAppServer } from '../../src/server/start-app-server';
import { haveBoto3, runBoto3 } from './support/boto3';
import { createSandbox, startEndpointServer, type TestSandbox } from './support/test-servers';

describe.runIf(haveBoto3())('boto3 (Debian python3-boto3) against a sandbox', () => {
  let server: RunningAppServer;
  let sandbox: TestSandbox;
  beforeAll(async () => {
    server = await startEndpointServer();
    sandbox = await createSandbox(server);
  });
  afterAll(async () => server?.close());

  it('creates and describes a cluster, and gets modelled errors', async () => {
    const created = await runBoto3(
      `c = rds.create_db_cluster(DBClusterIdentifier='py-cluster', Engine='aurora-mysql', MasterUsername='admin', MasterUserPassword='Sup3r-Secret-Pass', Tags=[{'Key': 'team', 'Value': 'data'}])
emit({'id': c['DBCluster']['DBClusterIdentifier'], 'status': c['DBCluster']['Status'], 'created': type(c['DBCluster']['ClusterCreateTime']).__name__})`,
      sandbox,
    );
    expect(created).toEqual({ id: 'py-cluster', status: 'creating', created: 'datetime' });
    const described = await runBoto3(`emit([c['DBClusterIdentifier'] for c in rds.describe_db_clusters()['DBClusters']])`, sandbox);
    expect(described).toEqual(['py-cluster']);
    const duplicate = await runBoto3(`rds.create_db_cluster(DBClusterIdentifier='py-cluster', Engine='aurora-mysql', MasterUsername='admin', MasterUserPassword='Sup3r-Secret-Pass')`, sandbox);
    expect(duplicate).toEqual({ error: { Code: 'DBClusterAlreadyExistsFault', Message: 'DB Cluster already exists', HTTPStatusCode: 400 } });
    const missing = await runBoto3(`rds.describe_db_instances(DBInstanceIdentifier='nope')`, sandbox);
    expect(missing).toEqual({ error: { Code: 'DBInstanceNotFound', Message: 'DBInstance nope not found.', HTTPStatusCode: 404 } });
  });

  it('reads the default VPC through EC2', async () => {
    const subnets = await runBoto3(`emit(sorted(s['AvailabilityZone'] for s in ec2.describe_subnets(Filters=[{'Name': 'default-for-az', 'Values': ['true']}])['Subnets']))`, sandbox);
    expect(subnets).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
  });
});
