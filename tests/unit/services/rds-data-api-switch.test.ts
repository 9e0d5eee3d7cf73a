import type { DBClusterMessage, EnableHttpEndpointResponse } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { httpEndpointAllowed } from '../../../src/engine/services/rds/data-api/http-endpoint-support';
import { ACCOUNT_ID, Harness, expectRefused } from './support/engine-harness';
import { createCluster } from './support/rds-fixtures';

const arnOf = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster:${id}`;

describe('EnableHttpEndpoint / DisableHttpEndpoint', () => {
  it('switches the Data API on an Aurora PostgreSQL 16.1+ cluster and shows HttpEndpointEnabled', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'pg', Engine: 'aurora-postgresql', EngineVersion: '16.4', MasterUsername: 'pgadmin' });
    const on = h.rds<EnableHttpEndpointResponse>('EnableHttpEndpoint', { ResourceArn: arnOf('pg') });
    expect(on).toEqual({ ResourceArn: arnOf('pg'), HttpEndpointEnabled: true });
    const described = () => h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: 'pg' }).DBClusters![0].HttpEndpointEnabled;
    expect(described()).toBe(true);
    expect(h.rds('DisableHttpEndpoint', { ResourceArn: arnOf('pg') })).toEqual({ ResourceArn: arnOf('pg'), HttpEndpointEnabled: false });
    expect(described()).toBe(false);
  });

  it('allows Serverless v1 clusters and refuses older PostgreSQL and provisioned MySQL', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'v1', EngineMode: 'serverless', EngineVersion: undefined });
    h.rds('EnableHttpEndpoint', { ResourceArn: arnOf('v1') });
    createCluster(h, { DBClusterIdentifier: 'pg13', Engine: 'aurora-postgresql', EngineVersion: '13.10', MasterUsername: 'pgadmin' });
    createCluster(h, { DBClusterIdentifier: 'mysql' });
    expectRefused(h, 'rds', 'EnableHttpEndpoint', { ResourceArn: arnOf('pg13') }, { code: 'InvalidResourceStateFault', status: 400 });
    expectRefused(h, 'rds', 'EnableHttpEndpoint', { ResourceArn: arnOf('mysql') }, { code: 'InvalidResourceStateFault' });
    expectRefused(h, 'rds', 'EnableHttpEndpoint', { ResourceArn: arnOf('absent') }, { code: 'ResourceNotFoundFault', status: 404 });
    expectRefused(h, 'rds', 'CreateDBCluster', { DBClusterIdentifier: 'x', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!', EnableHttpEndpoint: true }, {
      code: 'InvalidParameterCombination',
    });
  });

  it('exports the predicate ModifyDBCluster uses', () => {
    expect(httpEndpointAllowed({ engine: 'aurora-postgresql', engineVersion: '14.8', engineMode: 'provisioned' })).toBe(true);
    expect(httpEndpointAllowed({ engine: 'aurora-postgresql', engineVersion: '14.7', engineMode: 'provisioned' })).toBe(false);
    expect(httpEndpointAllowed({ engine: 'aurora-postgresql', engineVersion: '12.20', engineMode: 'provisioned' })).toBe(false);
    expect(httpEndpointAllowed({ engine: 'aurora-mysql', engineVersion: '5.7.mysql_aurora.2.11.4', engineMode: 'serverless' })).toBe(true);
  });
});
