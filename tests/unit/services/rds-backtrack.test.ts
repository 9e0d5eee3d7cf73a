import type { DBClusterBacktrack, DBClusterBacktrackMessage, DBClusterMessage, DBInstanceMessage, EventsMessage } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { expectRefused, Harness, MINUTE } from './support/engine-harness';
import { createCluster, createInstance } from './support/rds-fixtures';

function cluster(h: Harness, id = 'aurora-prod') {
  return h.rds<DBClusterMessage>('DescribeDBClusters', { DBClusterIdentifier: id }).DBClusters![0];
}

describe('backtrack', () => {
  it('reports the window fields, backtracks (cluster backtracking, then available) and lists the backtrack', () => {
    const h = new Harness();
    createCluster(h, { BacktrackWindow: 3600 });
    createInstance(h);
    h.advance(30 * MINUTE);
    const before = cluster(h);
    expect(before.BacktrackWindow).toBe(3600);
    expect(before.BacktrackConsumedChangeRecords).toBe(0);
    const availableAt = before.EarliestBacktrackTime!.getTime();
    const to = new Date(availableAt + 10 * MINUTE);
    const backtrack = h.rds<DBClusterBacktrack>('BacktrackDBCluster', { DBClusterIdentifier: 'aurora-prod', BacktrackTo: to });
    expect(backtrack).toMatchObject({ DBClusterIdentifier: 'aurora-prod', Status: 'applying', BacktrackTo: to });
    expect(backtrack.BacktrackIdentifier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(cluster(h).Status).toBe('backtracking');
    expect(h.rds<DBInstanceMessage>('DescribeDBInstances', { DBInstanceIdentifier: 'aurora-writer' }).DBInstances![0].DBInstanceStatus).toBe('backtracking');
    expectRefused(h, 'rds', 'BacktrackDBCluster', { DBClusterIdentifier: 'aurora-prod', BacktrackTo: to }, { code: 'InvalidDBClusterStateFault' });
    h.advance(3 * MINUTE);
    expect(cluster(h).Status).toBe('available');
    expect(h.rds<DBInstanceMessage>('DescribeDBInstances', { DBInstanceIdentifier: 'aurora-writer' }).DBInstances![0].DBInstanceStatus).toBe('available');
    const listed = h.rds<DBClusterBacktrackMessage>('DescribeDBClusterBacktracks', { DBClusterIdentifier: 'aurora-prod' }).DBClusterBacktracks!;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ BacktrackIdentifier: backtrack.BacktrackIdentifier, Status: 'completed' });
    const byId = h.rds<DBClusterBacktrackMessage>('DescribeDBClusterBacktracks', {
      DBClusterIdentifier: 'aurora-prod',
      BacktrackIdentifier: backtrack.BacktrackIdentifier,
      Filters: [{ Name: 'db-cluster-backtrack-status', Values: ['completed'] }],
    }).DBClusterBacktracks!;
    expect(byId).toHaveLength(1);
    expectRefused(h, 'rds', 'DescribeDBClusterBacktracks', { DBClusterIdentifier: 'aurora-prod', BacktrackIdentifier: 'nope' }, {
      code: 'DBClusterBacktrackNotFoundFault',
      status: 404,
    });
  });

  it('refuses BacktrackTo before the earliest backtrack time unless asked to use the earliest; refuses the future', () => {
    const h = new Harness();
    createCluster(h, { BacktrackWindow: 600 });
    createInstance(h);
    h.advance(60 * MINUTE);
    const earliest = cluster(h).EarliestBacktrackTime!.getTime();
    expect(earliest).toBe(h.now - 600_000);
    const tooEarly = new Date(earliest - 5 * MINUTE);
    expectRefused(h, 'rds', 'BacktrackDBCluster', { DBClusterIdentifier: 'aurora-prod', BacktrackTo: tooEarly }, { code: 'InvalidParameterValue' });
    expectRefused(h, 'rds', 'BacktrackDBCluster', { DBClusterIdentifier: 'aurora-prod', BacktrackTo: new Date(h.now + 10 * MINUTE) }, {
      code: 'InvalidParameterValue',
    });
    const moved = h.rds<DBClusterBacktrack>('BacktrackDBCluster', {
      DBClusterIdentifier: 'aurora-prod',
      BacktrackTo: tooEarly,
      UseEarliestTimeOnPointInTimeUnavailable: true,
      Force: true,
    });
    expect(moved.BacktrackTo!.getTime()).toBeGreaterThan(tooEarly.getTime());
    const events = h.rds<EventsMessage>('DescribeEvents', { SourceType: 'db-instance', SourceIdentifier: 'aurora-writer', EventCategories: ['backtrack'], Duration: 120 }).Events ?? [];
    expect(events.some((e) => e.Message === 'The actual Backtrack window is the same as the target Backtrack window.')).toBe(true);
  });

  it('refuses backtrack on aurora-postgresql, on a cluster without a window, and on an unknown cluster', () => {
    const h = new Harness();
    createCluster(h, { DBClusterIdentifier: 'pg', Engine: 'aurora-postgresql', EngineVersion: '16.4', MasterUsername: 'pgadmin' });
    createCluster(h, { DBClusterIdentifier: 'no-window' });
    h.advance(10 * MINUTE);
    const at = new Date(h.now - MINUTE);
    expectRefused(h, 'rds', 'BacktrackDBCluster', { DBClusterIdentifier: 'pg', BacktrackTo: at }, {
      code: 'InvalidDBClusterStateFault',
      status: 400,
      message: 'Backtrack is not supported for aurora-postgresql DB clusters. Backtrack is available for Aurora MySQL only.',
    });
    expectRefused(h, 'rds', 'BacktrackDBCluster', { DBClusterIdentifier: 'no-window', BacktrackTo: at }, { code: 'InvalidDBClusterStateFault' });
    expectRefused(h, 'rds', 'BacktrackDBCluster', { DBClusterIdentifier: 'ghost', BacktrackTo: at }, { code: 'DBClusterNotFoundFault' });
  });
});
