import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../src/engine/aws-error';
import { applyAction, replayActions } from '../../../src/engine/sandbox/replay-actions';
import type { SandboxAction } from '../../../src/engine/sandbox/sandbox-action';
import { SandboxEngine } from '../../../src/engine/sandbox/sandbox-engine';
import type { SandboxIdentity } from '../../../src/engine/sandbox/sandbox-identity';
import type { ServiceName } from '../../../src/engine/service-name';
import { decodeActionInput, encodeActionInput } from '../../../src/engine/sandbox/action-input-codec';

const identity: SandboxIdentity = { sandboxId: 'sbx-prop', accountId: '111122223333', accessKeyId: 'AKIAPROPPROPPROPPROP', defaultRegion: 'us-east-1', seed: 'property' };
const START = Date.UTC(2026, 10, 27);

type Step =
  | { kind: 'request'; service: ServiceName; operation: string; input: Record<string, unknown> }
  | { kind: 'clock'; advanceMs: number }
  | { kind: 'reset' }
  | { kind: 'wait'; ms: number };

const clusterId = fc.constantFrom('alpha', 'beta', 'gamma');
const instanceId = fc.constantFrom('alpha-1', 'alpha-2', 'beta-1', 'gamma-1');
const step: fc.Arbitrary<Step> = fc.oneof(
  clusterId.map((id) => ({ kind: 'request' as const, service: 'rds' as const, operation: 'CreateDBCluster', input: { DBClusterIdentifier: id, Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'Sup3r-Secret-Pass' } })),
  fc.tuple(instanceId, clusterId).map(([id, cluster]) => ({ kind: 'request' as const, service: 'rds' as const, operation: 'CreateDBInstance', input: { DBInstanceIdentifier: id, DBClusterIdentifier: cluster, Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large' } })),
  instanceId.map((id) => ({ kind: 'request' as const, service: 'rds' as const, operation: 'DeleteDBInstance', input: { DBInstanceIdentifier: id } })),
  clusterId.map((id) => ({ kind: 'request' as const, service: 'rds' as const, operation: 'DeleteDBCluster', input: { DBClusterIdentifier: id, SkipFinalSnapshot: true } })),
  fc.constant({ kind: 'request' as const, service: 'rds' as const, operation: 'DescribeDBClusters', input: {} }),
  fc.constant({ kind: 'request' as const, service: 'ec2' as const, operation: 'DescribeSubnets', input: {} }),
  fc.constant({ kind: 'request' as const, service: 'rds' as const, operation: 'CreateDBCluster', input: { DBClusterIdentifier: 'Bad--Id', Engine: 'aurora-mysql' } }),
  fc.integer({ min: 1, max: 20 * 60_000 }).map((advanceMs) => ({ kind: 'clock' as const, advanceMs })),
  fc.integer({ min: 0, max: 5 * 60_000 }).map((ms) => ({ kind: 'wait' as const, ms })),
  fc.constant({ kind: 'reset' as const }),
);

/** Drives an engine as SandboxService does, logging each action (inputs through the storage codec). */
function runLive(steps: Step[]): { engine: SandboxEngine; log: SandboxAction[] } {
  let engine = new SandboxEngine(identity, START);
  const log: SandboxAction[] = [];
  let realNow = START;
  for (const s of steps) {
    if (s.kind === 'wait') {
      realNow += s.ms;
      continue;
    }
    const at = Math.max(realNow + engine.state.clockOffsetMs, engine.state.now);
    const seq = log.length + 1;
    if (s.kind === 'request') {
      let outcome = 'ok';
      try {
        engine.execute({ ...s, region: 'us-east-1', at });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        outcome = error.code;
      }
      log.push({ kind: 'request', seq, at, source: 'cli', service: s.service, operation: s.operation, region: 'us-east-1', input: decodeActionInput(encodeActionInput(s.input)), outcome });
    } else {
      const action: SandboxAction = s.kind === 'clock' ? { kind: 'clock', seq, at, source: 'api', advanceMs: s.advanceMs } : { kind: 'reset', seq, at, source: 'api' };
      applyAction(engine, action, (fresh) => (engine = fresh));
      log.push(action);
    }
  }
  return { engine, log };
}

describe('a sandbox is a deterministic fold of its action log', () => {
  it('replaying the log rebuilds exactly the live state', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const live = runLive(steps);
        const replayed = replayActions(identity, START, JSON.parse(JSON.stringify(live.log)) as SandboxAction[]);
        const restored = replayed.state.scheduled.length;
        expect(restored).toBe(live.engine.state.scheduled.length);
        expect(JSON.parse(JSON.stringify(replayed.state))).toEqual(JSON.parse(JSON.stringify(live.engine.state)));
        const later = live.engine.state.now + 3_600_000;
        live.engine.advanceTo(later);
        replayed.advanceTo(later);
        expect(JSON.parse(JSON.stringify(replayed.state))).toEqual(JSON.parse(JSON.stringify(live.engine.state)));
      }),
      { numRuns: 150 },
    );
  });
});
