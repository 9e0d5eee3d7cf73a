import { afterEach, describe, expect, it, vi } from 'vitest';
import { Harness, MINUTE } from './support/engine-harness';
import { clusterInput, defaultSubnets, instanceInput } from './support/rds-fixtures';

/** A lab-like session: network lookups, a subnet group, two clusters, instances, deletions, failover. */
function session(seed: string): { outputs: unknown[]; state: unknown } {
  const h = new Harness(seed);
  const outputs: unknown[] = [];
  const record = (fn: () => unknown) => {
    try {
      outputs.push(fn());
    } catch (error) {
      outputs.push({ error: (error as Error).message });
    }
  };
  const subnets = defaultSubnets(h);
  record(() => h.rds('CreateDBSubnetGroup', { DBSubnetGroupName: 'aurora-subnet-group', DBSubnetGroupDescription: 'd', SubnetIds: subnets.map((s) => s.SubnetId) }));
  record(() => h.rds('CreateDBCluster', clusterInput({ DBSubnetGroupName: 'aurora-subnet-group', StorageEncrypted: true, ManageMasterUserPassword: true, MasterUserPassword: undefined })));
  record(() => h.rds('CreateDBCluster', clusterInput({ DBClusterIdentifier: 'pg', Engine: 'aurora-postgresql', EngineVersion: undefined, MasterUsername: 'master' }), 'eu-west-1'));
  record(() => h.rds('CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'writer' })));
  record(() => h.rds('CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'reader-1', DBInstanceClass: 'db.r6g.large' })));
  record(() => h.rds('CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'reader-2', DBInstanceClass: 'db.r6g.large' })));
  record(() => h.rds('CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'reader-3', DBInstanceClass: 'db.r6g.large' })));
  record(() => h.rds('CreateDBInstance', instanceInput({ DBInstanceIdentifier: 'bad', DBInstanceClass: 'db.m1.small' })));
  h.advance(9 * MINUTE);
  record(() => h.rds('DeleteDBInstance', { DBInstanceIdentifier: 'writer' }));
  h.advance(MINUTE);
  record(() => h.rds('DescribeDBClusters', {}));
  record(() => h.rds('DescribeDBInstances', {}));
  h.advance(10 * MINUTE);
  record(() => h.rds('DescribeDBClusters', {}, 'eu-west-1'));
  return { outputs, state: structuredClone(h.engine.state) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('determinism', () => {
  it('two engines fed the same requests produce deep-equal outputs and state', () => {
    const a = session('seed-x');
    const b = session('seed-x');
    expect(b.outputs).toEqual(a.outputs);
    expect(b.state).toEqual(a.state);
  });

  it('does not depend on the wall clock or Math.random', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.1);
    const a = session('seed-y');
    vi.setSystemTime(new Date('2031-06-15T08:30:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.9);
    const b = session('seed-y');
    expect(b.outputs).toEqual(a.outputs);
    expect(b.state).toEqual(a.state);
  });

  it('a different seed makes different ids and endpoint suffixes', () => {
    const a = session('seed-1');
    const b = session('seed-2');
    const endpoint = (s: { outputs: unknown[] }) => (s.outputs[1] as { DBCluster: { Endpoint: string; DbClusterResourceId: string } }).DBCluster;
    expect(endpoint(b).Endpoint).not.toBe(endpoint(a).Endpoint);
    expect(endpoint(b).DbClusterResourceId).not.toBe(endpoint(a).DbClusterResourceId);
  });

  it('keeps the state plain data (survives a JSON round trip)', () => {
    const { state } = session('seed-z');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
