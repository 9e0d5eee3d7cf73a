import type { CreateGlobalClusterResult, DBClusterMessage, EventsMessage, GlobalCluster, GlobalClustersMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { isGlobalMember } from '../../../src/engine/services/rds/global/find-global-cluster';
import { ACCOUNT_ID, Harness, MINUTE, REGION, expectRefused } from './support/engine-harness';
import { createCluster } from './support/rds-fixtures';

const VERSION = '8.0.mysql_aurora.3.04.0';
const PRIMARY_ARN = `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster:primary`;
const SECONDARY_ARN = `arn:aws:rds:eu-west-1:${ACCOUNT_ID}:cluster:secondary`;
const GLOBAL_ARN = `arn:aws:rds::${ACCOUNT_ID}:global-cluster:my-global`;

function createGlobal(h: Harness, input: object = {}): GlobalCluster {
  return h.rds<CreateGlobalClusterResult>('CreateGlobalCluster', {
    GlobalClusterIdentifier: 'my-global',
    Engine: 'aurora-mysql',
    EngineVersion: VERSION,
    ...input,
  }).GlobalCluster!;
}

function describeGlobal(h: Harness, region = REGION): GlobalCluster {
  return h.rds<GlobalClustersMessage>('DescribeGlobalClusters', { GlobalClusterIdentifier: 'my-global' }, region).GlobalClusters![0];
}

function describeCluster(h: Harness, id: string, region = REGION) {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: id }, region).DBClusters![0];
}

/** A global database with a primary in us-east-1 and a secondary in eu-west-1, all available. */
function globalWithSecondary(h: Harness): void {
  createGlobal(h);
  createCluster(h, { DBClusterIdentifier: 'primary', EngineVersion: VERSION, GlobalClusterIdentifier: 'my-global' });
  h.call('rds', 'CreateDBCluster', { DBClusterIdentifier: 'secondary', Engine: 'aurora-mysql', GlobalClusterIdentifier: 'my-global' }, 'eu-west-1');
  h.advance(5 * MINUTE);
}

/** Like expectRefused, in any region. */
function refusedIn(h: Harness, region: string, operation: string, input: object, code: string, message?: string | RegExp) {
  h.call('rds', 'DescribeDBClusters', {}, region); // the region exists before the refused call
  h.engine.advanceTo(h.now + 1000);
  const before = h.snapshot();
  const error = h.fails('rds', operation, input, region);
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
  expect(h.snapshot()).toEqual(before);
  return error;
}

describe('CreateGlobalCluster', () => {
  it('creates an empty global database', () => {
    const h = new Harness();
    const global = createGlobal(h, { DeletionProtection: true, StorageEncrypted: true, DatabaseName: 'app' });
    expect(global).toMatchObject({
      GlobalClusterIdentifier: 'my-global',
      GlobalClusterArn: GLOBAL_ARN,
      Status: 'available',
      Engine: 'aurora-mysql',
      EngineVersion: VERSION,
      StorageEncrypted: true,
      DeletionProtection: true,
      DatabaseName: 'app',
      GlobalClusterMembers: [],
    });
    expect(global.GlobalClusterResourceId).toMatch(/^cluster-[0-9a-f]{16}$/);
    expect(global.Endpoint).toMatch(/^my-global\.global-[a-z0-9]{12}\.global\.rds\.amazonaws\.com$/);
  });

  it('refuses a duplicate, a bad identifier, a version without global support and source-only settings', () => {
    const h = new Harness();
    createGlobal(h);
    expectRefused(h, 'rds', 'CreateGlobalCluster', { GlobalClusterIdentifier: 'MY-GLOBAL', Engine: 'aurora-mysql' }, {
      code: 'GlobalClusterAlreadyExistsFault',
      status: 400,
    });
    expectRefused(h, 'rds', 'CreateGlobalCluster', { GlobalClusterIdentifier: '1bad', Engine: 'aurora-mysql' }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'CreateGlobalCluster', { GlobalClusterIdentifier: 'g2', Engine: 'aurora-mysql', EngineVersion: '5.7.mysql_aurora.2.03.2' }, {
      code: 'InvalidParameterValue',
      message: 'The requested engine version was not found or does not support global functionality',
    });
    expectRefused(h, 'rds', 'CreateGlobalCluster', { GlobalClusterIdentifier: 'g2', SourceDBClusterIdentifier: PRIMARY_ARN, Engine: 'aurora-mysql' }, {
      code: 'InvalidParameterCombination',
    });
    expectRefused(h, 'rds', 'CreateGlobalCluster', { GlobalClusterIdentifier: 'g2', SourceDBClusterIdentifier: PRIMARY_ARN }, {
      code: 'DBClusterNotFoundFault',
      status: 404,
    });
  });

  it('builds on a source cluster given by ARN, which becomes the primary', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'primary', EngineVersion: VERSION, DatabaseName: 'shop', StorageEncrypted: true });
    h.advance(5 * MINUTE);
    const global = createGlobal(h, { SourceDBClusterIdentifier: PRIMARY_ARN, Engine: undefined, EngineVersion: undefined });
    expect(global).toMatchObject({
      Status: 'creating',
      DatabaseName: 'shop',
      StorageEncrypted: true,
      GlobalClusterMembers: [{ DBClusterArn: PRIMARY_ARN, IsWriter: true, Readers: [] }],
    });
    expect(describeCluster(h, 'primary').GlobalClusterIdentifier).toBe('my-global');
    h.advance(2 * MINUTE);
    expect(describeGlobal(h).Status).toBe('available');
    expect(isGlobalMember(h.engine.state, PRIMARY_ARN)).toBe(true);
    refusedIn(h, REGION, 'CreateGlobalCluster', { GlobalClusterIdentifier: 'other', SourceDBClusterIdentifier: PRIMARY_ARN }, 'InvalidDBClusterStateFault');
  });
});

describe('secondary clusters', () => {
  it('joins a secondary from another region without master credentials', () => {
    const h = new Harness();
    globalWithSecondary(h);
    const global = describeGlobal(h, 'ap-south-1');
    expect(global.GlobalClusterMembers).toEqual([
      { DBClusterArn: PRIMARY_ARN, Readers: [SECONDARY_ARN], IsWriter: true, GlobalWriteForwardingStatus: 'disabled' },
      { DBClusterArn: SECONDARY_ARN, Readers: [], IsWriter: false, GlobalWriteForwardingStatus: 'disabled', SynchronizationStatus: 'connected' },
    ]);
    const secondary = describeCluster(h, 'secondary', 'eu-west-1');
    expect(secondary).toMatchObject({ GlobalClusterIdentifier: 'my-global', EngineVersion: VERSION, MasterUsername: 'admin', Status: 'available' });
    expect(isGlobalMember(h.engine.state, SECONDARY_ARN)).toBe(true);
    const filtered = h.rds<GlobalClustersMessage>('DescribeGlobalClusters', { Filters: [{ Name: 'region', Values: ['eu-west-1'] }] });
    expect(filtered.GlobalClusters!.map((g) => g.GlobalClusterIdentifier)).toEqual(['my-global']);
    const none = h.rds<GlobalClustersMessage>('DescribeGlobalClusters', { Filters: [{ Name: 'region', Values: ['us-west-2'] }] });
    expect(none.GlobalClusters).toEqual([]);
  });

  it('refuses credentials, other versions, a second cluster in a region and unknown globals', () => {
    const h = new Harness();
    globalWithSecondary(h);
    const base = { DBClusterIdentifier: 'third', Engine: 'aurora-mysql', GlobalClusterIdentifier: 'my-global' };
    refusedIn(h, 'us-west-2', 'CreateDBCluster', { ...base, MasterUsername: 'admin', MasterUserPassword: 'SecurePassword123!' }, 'InvalidParameterCombination');
    refusedIn(h, 'us-west-2', 'CreateDBCluster', { ...base, EngineVersion: '8.0.mysql_aurora.3.10.0' }, 'InvalidParameterCombination');
    refusedIn(h, 'us-west-2', 'CreateDBCluster', { ...base, Engine: 'aurora-postgresql' }, 'InvalidParameterCombination');
    refusedIn(h, 'eu-west-1', 'CreateDBCluster', base, 'InvalidParameterValue');
    refusedIn(h, 'us-west-2', 'CreateDBCluster', { ...base, GlobalClusterIdentifier: 'nope' }, 'GlobalClusterNotFoundFault', 'Global cluster nope not found');
  });

  it('allows at most ten secondaries', () => {
    const h = new Harness();
    createGlobal(h);
    createCluster(h, { DBClusterIdentifier: 'primary', EngineVersion: VERSION, GlobalClusterIdentifier: 'my-global' });
    const regions = ['us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1'];
    for (const region of regions) {
      h.call('rds', 'CreateDBCluster', { DBClusterIdentifier: 'replica', Engine: 'aurora-mysql', GlobalClusterIdentifier: 'my-global' }, region);
    }
    refusedIn(h, 'ap-northeast-2', 'CreateDBCluster', { DBClusterIdentifier: 'replica', Engine: 'aurora-mysql', GlobalClusterIdentifier: 'my-global' }, 'InvalidGlobalClusterStateFault');
  });
});

describe('RemoveFromGlobalCluster and DeleteGlobalCluster', () => {
  it('detaches a secondary (promoting, then standalone) and deletes the global only once empty', () => {
    const h = new Harness();
    globalWithSecondary(h);
    refusedIn(h, REGION, 'DeleteGlobalCluster', { GlobalClusterIdentifier: 'my-global' }, 'InvalidGlobalClusterStateFault', `Global Cluster ${GLOBAL_ARN} is not empty`);
    refusedIn(h, REGION, 'RemoveFromGlobalCluster', { GlobalClusterIdentifier: 'my-global', DbClusterIdentifier: PRIMARY_ARN }, 'InvalidGlobalClusterStateFault');
    refusedIn(
      h,
      REGION,
      'RemoveFromGlobalCluster',
      { GlobalClusterIdentifier: 'my-global', DbClusterIdentifier: `arn:aws:rds:us-west-2:${ACCOUNT_ID}:cluster:x` },
      'InvalidParameterValue',
      `Cluster arn:aws:rds:us-west-2:${ACCOUNT_ID}:cluster:x is not part of the global cluster my-global`,
    );
    const after = h.rds<{ GlobalCluster: GlobalCluster }>('RemoveFromGlobalCluster', { GlobalClusterIdentifier: 'my-global', DbClusterIdentifier: SECONDARY_ARN });
    expect(after.GlobalCluster.GlobalClusterMembers).toEqual([{ DBClusterArn: PRIMARY_ARN, Readers: [], IsWriter: true, GlobalWriteForwardingStatus: 'disabled' }]);
    const detached = describeCluster(h, 'secondary', 'eu-west-1');
    expect(detached.Status).toBe('promoting');
    expect(detached.GlobalClusterIdentifier).toBeUndefined();
    h.advance(2 * MINUTE);
    expect(describeCluster(h, 'secondary', 'eu-west-1').Status).toBe('available');
    h.rds('RemoveFromGlobalCluster', { GlobalClusterIdentifier: 'my-global', DbClusterIdentifier: PRIMARY_ARN });
    const deleted = h.rds<{ GlobalCluster: GlobalCluster }>('DeleteGlobalCluster', { GlobalClusterIdentifier: 'my-global' });
    expect(deleted.GlobalCluster.Status).toBe('deleting');
    h.advance(MINUTE);
    refusedIn(h, REGION, 'DescribeGlobalClusters', { GlobalClusterIdentifier: 'my-global' }, 'GlobalClusterNotFoundFault');
  });

  it('refuses to delete a protected global cluster until protection is modified off', () => {
    const h = new Harness();
    createGlobal(h, { DeletionProtection: true });
    expectRefused(h, 'rds', 'DeleteGlobalCluster', { GlobalClusterIdentifier: 'my-global' }, { code: 'InvalidParameterCombination' });
    h.rds('ModifyGlobalCluster', { GlobalClusterIdentifier: 'my-global', DeletionProtection: false });
    h.rds('DeleteGlobalCluster', { GlobalClusterIdentifier: 'my-global' });
  });
});

describe('ModifyGlobalCluster', () => {
  it('renames the global cluster, members follow; version checks', () => {
    const h = new Harness();
    globalWithSecondary(h);
    const renamed = h.rds<{ GlobalCluster: GlobalCluster }>('ModifyGlobalCluster', { GlobalClusterIdentifier: 'my-global', NewGlobalClusterIdentifier: 'renamed' });
    expect(renamed.GlobalCluster.GlobalClusterIdentifier).toBe('renamed');
    expect(describeCluster(h, 'secondary', 'eu-west-1').GlobalClusterIdentifier).toBe('renamed');
    refusedIn(h, REGION, 'DescribeGlobalClusters', { GlobalClusterIdentifier: 'my-global' }, 'GlobalClusterNotFoundFault');
    refusedIn(h, REGION, 'ModifyGlobalCluster', { GlobalClusterIdentifier: 'renamed', EngineVersion: '8.0.mysql_aurora.9.99.0' }, 'InvalidParameterValue');
    refusedIn(h, REGION, 'ModifyGlobalCluster', { GlobalClusterIdentifier: 'renamed', EngineVersion: '8.4.7' }, 'InvalidParameterCombination', /AllowMajorVersionUpgrade/);
    createGlobal(h, { GlobalClusterIdentifier: 'other' });
    refusedIn(h, REGION, 'ModifyGlobalCluster', { GlobalClusterIdentifier: 'renamed', NewGlobalClusterIdentifier: 'other' }, 'GlobalClusterAlreadyExistsFault');
  });
});

describe('SwitchoverGlobalCluster and FailoverGlobalCluster', () => {
  it('switches over through pending and switching-over, emitting 0181–0185, and flips the writer', () => {
    const h = new Harness();
    globalWithSecondary(h);
    h.call('rds', 'CreateDBInstance', { DBInstanceIdentifier: 'w', DBInstanceClass: 'db.r6g.large', Engine: 'aurora-mysql', DBClusterIdentifier: 'primary' });
    h.call('rds', 'CreateDBInstance', { DBInstanceIdentifier: 'r', DBInstanceClass: 'db.r6g.large', Engine: 'aurora-mysql', DBClusterIdentifier: 'secondary' }, 'eu-west-1');
    h.advance(10 * MINUTE);
    expect(describeCluster(h, 'primary').DBClusterMembers).toEqual([expect.objectContaining({ DBInstanceIdentifier: 'w', IsClusterWriter: true })]);
    expect(describeCluster(h, 'secondary', 'eu-west-1').DBClusterMembers).toEqual([expect.objectContaining({ DBInstanceIdentifier: 'r', IsClusterWriter: false })]);
    const started = h.rds<{ GlobalCluster: GlobalCluster }>('SwitchoverGlobalCluster', { GlobalClusterIdentifier: 'my-global', TargetDbClusterIdentifier: SECONDARY_ARN });
    expect(started.GlobalCluster).toMatchObject({
      Status: 'switching-over',
      FailoverState: { Status: 'pending', FromDbClusterArn: PRIMARY_ARN, ToDbClusterArn: SECONDARY_ARN, IsDataLossAllowed: false },
    });
    refusedIn(h, REGION, 'SwitchoverGlobalCluster', { GlobalClusterIdentifier: 'my-global', TargetDbClusterIdentifier: SECONDARY_ARN }, 'InvalidGlobalClusterStateFault');
    h.advance(20_000);
    expect(describeGlobal(h).FailoverState?.Status).toBe('switching-over');
    h.advance(2 * MINUTE);
    const done = describeGlobal(h);
    expect(done.Status).toBe('available');
    expect(describeCluster(h, 'primary').DBClusterMembers![0].IsClusterWriter).toBe(false);
    expect(describeCluster(h, 'secondary', 'eu-west-1').DBClusterMembers![0].IsClusterWriter).toBe(true);
    expect(done.FailoverState).toBeUndefined();
    expect(done.GlobalClusterMembers!.map((m) => [m.DBClusterArn, m.IsWriter])).toEqual([
      [SECONDARY_ARN, true],
      [PRIMARY_ARN, false],
    ]);
    const events = h.rds<EventsMessage>('DescribeEvents', { SourceType: 'db-cluster', Duration: 60 }, 'eu-west-1').Events!;
    const ids = events.map((e) => e.Message);
    expect(ids).toEqual(
      expect.arrayContaining([
        'Global switchover to DB cluster secondary in Region eu-west-1 started.',
        'New primary DB cluster secondary in Region eu-west-1 was successfully promoted.',
        'Global switchover to DB cluster secondary in Region eu-west-1 finished.',
      ]),
    );
  });

  it('fails over with AllowDataLoss; refuses the primary as target and both flags', () => {
    const h = new Harness();
    globalWithSecondary(h);
    refusedIn(h, REGION, 'FailoverGlobalCluster', { GlobalClusterIdentifier: 'my-global', TargetDbClusterIdentifier: PRIMARY_ARN, AllowDataLoss: true }, 'InvalidGlobalClusterStateFault');
    refusedIn(
      h,
      REGION,
      'FailoverGlobalCluster',
      { GlobalClusterIdentifier: 'my-global', TargetDbClusterIdentifier: SECONDARY_ARN, AllowDataLoss: true, Switchover: true },
      'InvalidParameterCombination',
    );
    refusedIn(h, REGION, 'FailoverGlobalCluster', { GlobalClusterIdentifier: 'nope', TargetDbClusterIdentifier: SECONDARY_ARN }, 'GlobalClusterNotFoundFault');
    const started = h.rds<{ GlobalCluster: GlobalCluster }>('FailoverGlobalCluster', {
      GlobalClusterIdentifier: 'my-global',
      TargetDbClusterIdentifier: SECONDARY_ARN,
      AllowDataLoss: true,
    });
    expect(started.GlobalCluster).toMatchObject({ Status: 'failing-over', FailoverState: { Status: 'failing-over', IsDataLossAllowed: true } });
    h.advance(2 * MINUTE);
    expect(describeGlobal(h).GlobalClusterMembers![0]).toMatchObject({ DBClusterArn: SECONDARY_ARN, IsWriter: true });
  });

  it('FailoverGlobalCluster without AllowDataLoss is a switchover', () => {
    const h = new Harness();
    globalWithSecondary(h);
    const started = h.rds<{ GlobalCluster: GlobalCluster }>('FailoverGlobalCluster', { GlobalClusterIdentifier: 'my-global', TargetDbClusterIdentifier: SECONDARY_ARN });
    expect(started.GlobalCluster).toMatchObject({ Status: 'switching-over', FailoverState: { IsDataLossAllowed: false } });
  });
});

describe('DeleteDBCluster of a global member', () => {
  it('is refused until the cluster is removed from the global database', () => {
    const h = new Harness();
    globalWithSecondary(h);
    refusedIn(
      h,
      REGION,
      'DeleteDBCluster',
      { DBClusterIdentifier: 'primary', SkipFinalSnapshot: true },
      'InvalidGlobalClusterStateFault',
      'Unable to delete cluster that is a primary member of global cluster while there are other global cluster members',
    );
    refusedIn(
      h,
      'eu-west-1',
      'DeleteDBCluster',
      { DBClusterIdentifier: 'secondary', SkipFinalSnapshot: true },
      'InvalidDBClusterStateFault',
      'This cluster is a part of a global cluster, please remove it from globalcluster first',
    );
    h.rds('RemoveFromGlobalCluster', { GlobalClusterIdentifier: 'my-global', DbClusterIdentifier: SECONDARY_ARN });
    h.advance(2 * MINUTE);
    h.rds('DeleteDBCluster', { DBClusterIdentifier: 'secondary', SkipFinalSnapshot: true }, 'eu-west-1');
  });
});
