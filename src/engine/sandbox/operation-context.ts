import type { DeterministicIds } from './deterministic-ids';
import type { RegionState, SandboxState } from './sandbox-state';

/** What an operation handler sees: the sandbox, the request's region and virtual time, and helpers. */
export interface OperationContext {
  readonly state: SandboxState;
  readonly region: string;
  /** This request's region's resources (created with its default VPC on first use). */
  readonly regionState: RegionState;
  /** Any region's resources (for cross-region work such as global databases). */
  regionStateOf(region: string): RegionState;
  readonly accountId: string;
  /** The request's virtual time. */
  readonly now: Date;
  readonly ids: DeterministicIds;
  /** Schedules a lifecycle transition `delayMs` after `now`, in `region` (default: the request's). */
  schedule(delayMs: number, kind: string, payload: Record<string, string | number | boolean | null>, region?: string): void;
}

/** What a lifecycle transition handler sees when its time comes. */
export interface TransitionContext extends Omit<OperationContext, 'now'> {
  /** The transition's due time (not the time the state was advanced to). */
  readonly now: Date;
}
