import type { DBClusterEndpoint, DBClusterEndpointMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, Harness, MINUTE, expectRefused } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

/** A cluster with a writer and `readers` readers, all available. */
function clusterWithInstances(h: Harness, readers: number) {
  createCluster(h);
  createInstance(h, { DBInstanceIdentifier: 'writer' });
  for (let i = 1; i <= readers; i++) createInstance(h, { DBInstanceIdentifier: `reader-${i}` });
  h.advance(10 * MINUTE);
}

function createEndpoint(h: Harness, input: object) {
  return h.rds<DBClusterEndpoint>('CreateDBClusterEndpoint', { DBClusterIdentifier: 'aurora-prod', EndpointType: 'READER', ...input });
}

function describeEndpoints(h: Harness, input: object = {}) {
  return h.rds<DBClusterEndpointMessage>('DescribeDBClusterEndpoints', input).DBClusterEndpoints!;
}

describe('custom cluster endpoints', () => {
  it('creates a READER endpoint over static members: creating, then available after two minutes', () => {
    const h = new Harness();
    clusterWithInstances(h, 2);
    const created = createEndpoint(h, { DBClusterEndpointIdentifier: 'Analytics', EndpointType: 'reader', StaticMembers: ['Reader-1', 'reader-2'] });
    expect(created).toMatchObject({
      DBClusterEndpointIdentifier: 'analytics',
      DBClusterIdentifier: 'aurora-prod',
      Status: 'creating',
      EndpointType: 'CUSTOM',
      CustomEndpointType: 'READER',
      StaticMembers: ['reader-1', 'reader-2'],
      ExcludedMembers: [],
      DBClusterEndpointArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster-endpoint:analytics`,
    });
    expect(created.DBClusterEndpointResourceIdentifier).toMatch(/^cluster-endpoint-[A-Z0-9]{20}$/);
    expect(created.Endpoint).toMatch(/^analytics\.cluster-custom-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    h.advance(2 * MINUTE);
    expect(describeEndpoints(h, { DBClusterEndpointIdentifier: 'analytics' })[0].Status).toBe('available');
  });

  it('lists the built-in WRITER and READER endpoints with the custom ones, and filters them', () => {
    const h = new Harness();
    clusterWithInstances(h, 1);
    const cluster = h.rds<{ DBClusters: { Endpoint: string; ReaderEndpoint: string; DbClusterResourceId: string }[] }>('DescribeDBClusters', {}).DBClusters[0];
    createEndpoint(h, { DBClusterEndpointIdentifier: 'any-ep', EndpointType: 'ANY', ExcludedMembers: ['writer'] });
    const all = describeEndpoints(h, { DBClusterIdentifier: 'aurora-prod' });
    expect(all.map((e) => [e.DBClusterEndpointIdentifier, e.EndpointType, e.Status])).toEqual([
      ['aurora-prod', 'WRITER', 'available'],
      ['aurora-prod', 'READER', 'available'],
      ['any-ep', 'CUSTOM', 'creating'],
    ]);
    expect(all[0]).toEqual({
      DBClusterEndpointIdentifier: 'aurora-prod',
      DBClusterIdentifier: 'aurora-prod',
      DBClusterEndpointResourceIdentifier: cluster.DbClusterResourceId,
      Endpoint: cluster.Endpoint,
      Status: 'available',
      EndpointType: 'WRITER',
    });
    expect(all[1].Endpoint).toBe(cluster.ReaderEndpoint);
    expect(all[2]).toMatchObject({ CustomEndpointType: 'ANY', StaticMembers: [], ExcludedMembers: ['writer'] });
    const custom = describeEndpoints(h, { Filters: [{ Name: 'db-cluster-endpoint-type', Values: ['custom'] }] });
    expect(custom.map((e) => e.DBClusterEndpointIdentifier)).toEqual(['any-ep']);
    const readers = describeEndpoints(h, { Filters: [{ Name: 'db-cluster-endpoint-type', Values: ['reader'] }] });
    expect(readers.map((e) => e.EndpointType)).toEqual(['READER']);
    expect(describeEndpoints(h, { Filters: [{ Name: 'db-cluster-endpoint-custom-type', Values: ['any'] }] })).toHaveLength(1);
    expect(describeEndpoints(h, { Filters: [{ Name: 'db-cluster-endpoint-status', Values: ['creating'] }] })).toHaveLength(1);
    expect(describeEndpoints(h, { DBClusterEndpointIdentifier: 'nothing-here' })).toEqual([]);
    expectRefused(h, 'rds', 'DescribeDBClusterEndpoints', { Filters: [{ Name: 'colour', Values: ['x'] }] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'DescribeDBClusterEndpoints', { DBClusterIdentifier: 'nope' }, { code: 'DBClusterNotFoundFault', status: 404 });
  });

  it('modifies (modifying -> available; one member list replaces the other) and deletes (deleting -> gone)', () => {
    const h = new Harness();
    clusterWithInstances(h, 2);
    createEndpoint(h, { DBClusterEndpointIdentifier: 'ep', StaticMembers: ['reader-1'] });
    expectRefused(h, 'rds', 'ModifyDBClusterEndpoint', { DBClusterEndpointIdentifier: 'ep', EndpointType: 'ANY' }, { code: 'InvalidDBClusterEndpointStateFault', status: 400 });
    h.advance(2 * MINUTE);
    const modified = h.rds<DBClusterEndpoint>('ModifyDBClusterEndpoint', { DBClusterEndpointIdentifier: 'EP', EndpointType: 'any', ExcludedMembers: ['reader-2'] });
    expect(modified).toMatchObject({ Status: 'modifying', CustomEndpointType: 'ANY', StaticMembers: [], ExcludedMembers: ['reader-2'] });
    h.advance(MINUTE);
    expect(describeEndpoints(h, { DBClusterEndpointIdentifier: 'ep' })[0].Status).toBe('available');
    const deleted = h.rds<DBClusterEndpoint>('DeleteDBClusterEndpoint', { DBClusterEndpointIdentifier: 'ep' });
    expect(deleted.Status).toBe('deleting');
    h.advance(MINUTE);
    expect(describeEndpoints(h, { DBClusterEndpointIdentifier: 'ep' })).toEqual([]);
    expectRefused(h, 'rds', 'DeleteDBClusterEndpoint', { DBClusterEndpointIdentifier: 'ep' }, { code: 'DBClusterEndpointNotFoundFault', status: 400, message: 'DBClusterEndpoint ep not found.' });
    expectRefused(h, 'rds', 'ModifyDBClusterEndpoint', { DBClusterEndpointIdentifier: 'ep' }, { code: 'DBClusterEndpointNotFoundFault' });
  });

  it('refuses duplicates, a sixth endpoint, bad types, foreign members, both lists, and a cluster not available', () => {
    const h = new Harness();
    createCluster(h);
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { DBClusterIdentifier: 'aurora-prod', DBClusterEndpointIdentifier: 'early', EndpointType: 'READER' }, { code: 'InvalidDBClusterStateFault' });
    createInstance(h, { DBInstanceIdentifier: 'writer' });
    createInstance(h, { DBInstanceIdentifier: 'reader-1' });
    h.advance(10 * MINUTE);
    for (let i = 1; i <= 5; i++) createEndpoint(h, { DBClusterEndpointIdentifier: `ep-${i}` });
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { DBClusterIdentifier: 'aurora-prod', DBClusterEndpointIdentifier: 'ep-1', EndpointType: 'READER' }, { code: 'DBClusterEndpointAlreadyExistsFault', status: 400 });
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { DBClusterIdentifier: 'aurora-prod', DBClusterEndpointIdentifier: 'ep-6', EndpointType: 'READER' }, { code: 'DBClusterEndpointQuotaExceededFault', status: 403 });
    h.advance(2 * MINUTE);
    h.rds('DeleteDBClusterEndpoint', { DBClusterEndpointIdentifier: 'ep-5' });
    h.advance(MINUTE);
    const base = { DBClusterIdentifier: 'aurora-prod', DBClusterEndpointIdentifier: 'ep-6' };
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { ...base, EndpointType: 'WRITER' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { ...base, EndpointType: 'READER', StaticMembers: ['ghost'] }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { ...base, EndpointType: 'READER', StaticMembers: ['reader-1'], ExcludedMembers: ['writer'] }, { code: 'InvalidParameterCombination' });
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { ...base, DBClusterEndpointIdentifier: '1bad', EndpointType: 'READER' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'CreateDBClusterEndpoint', { ...base, DBClusterIdentifier: 'nope', EndpointType: 'READER' }, { code: 'DBClusterNotFoundFault', status: 404 });
    expect(createEndpoint(h, { DBClusterEndpointIdentifier: 'ep-6' }).Status).toBe('creating');
  });

  it('goes with its cluster, freeing the name', () => {
    const h = new Harness();
    clusterWithInstances(h, 0);
    createEndpoint(h, { DBClusterEndpointIdentifier: 'ep' });
    h.advance(2 * MINUTE);
    h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' });
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'aurora-prod', SkipFinalSnapshot: true });
    h.advance(30 * MINUTE);
    expect(describeEndpoints(h)).toEqual([]);
    expectRefused(h, 'rds', 'DeleteDBClusterEndpoint', { DBClusterEndpointIdentifier: 'ep' }, { code: 'DBClusterEndpointNotFoundFault' });
    clusterWithInstances(h, 0);
    expect(createEndpoint(h, { DBClusterEndpointIdentifier: 'ep' }).Status).toBe('creating');
  });

  it('pages with MaxRecords and Marker', () => {
    const h = new Harness();
    for (let c = 1; c <= 11; c++) createCluster(h, { DBClusterIdentifier: `c-${String(c).padStart(2, '0')}` });
    const first = h.rds<DBClusterEndpointMessage>('DescribeDBClusterEndpoints', { MaxRecords: 20 });
    expect(first.DBClusterEndpoints).toHaveLength(20);
    expect(first.DBClusterEndpoints![0]).toMatchObject({ DBClusterIdentifier: 'c-01', EndpointType: 'WRITER', Status: 'creating' });
    const second = h.rds<DBClusterEndpointMessage>('DescribeDBClusterEndpoints', { MaxRecords: 20, Marker: first.Marker });
    expect(second.DBClusterEndpoints!.map((e) => `${e.DBClusterIdentifier}/${e.EndpointType}`)).toEqual(['c-11/WRITER', 'c-11/READER']);
    expect(second.Marker).toBeUndefined();
  });
});
