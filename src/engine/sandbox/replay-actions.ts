import { AwsError } from '../aws-error';
import type { SandboxAction } from './sandbox-action';
import { SandboxEngine } from './sandbox-engine';
import type { SandboxIdentity } from './sandbox-identity';

/**
 * Rebuilds a sandbox from its log: `state = actions.reduce(apply, initialState)`. A request that
 * was refused is refused again (and changes nothing); a reset starts over from a fresh engine.
 */
export function replayActions(identity: SandboxIdentity, startAt: number, actions: Iterable<SandboxAction>): SandboxEngine {
  let engine = new SandboxEngine(identity, startAt);
  for (const action of actions) applyAction(engine, action, (fresh) => (engine = fresh));
  return engine;
}

/** Applies one logged action to `engine`; a reset hands a fresh engine to `replace`. */
export function applyAction(engine: SandboxEngine, action: SandboxAction, replace: (fresh: SandboxEngine) => void): void {
  switch (action.kind) {
    case 'request':
      try {
        engine.execute(action);
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
      }
      return;
    case 'clock':
      engine.advanceClock(action.advanceMs, action.at);
      return;
    case 'reset': {
      const fresh = new SandboxEngine(engine.state.identity, Math.max(action.at, engine.state.now));
      // Virtual time keeps flowing across a reset: fast-forwards already taken stay taken.
      fresh.state.clockOffsetMs = engine.state.clockOffsetMs;
      replace(fresh);
      return;
    }
  }
}
