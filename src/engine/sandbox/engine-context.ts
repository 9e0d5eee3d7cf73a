import type { DeterministicIds } from './deterministic-ids';
import type { TransitionContext } from './operation-context';
import type { RegionState, SandboxState } from './sandbox-state';
import type { ScheduledTransition } from './scheduled-transition';

/** What an engine lends the contexts of its requests and transitions. */
export interface ContextHost {
  readonly state: SandboxState;
  readonly ids: DeterministicIds;
  regionState(region: string): RegionState;
  insertScheduled(transition: ScheduledTransition): void;
}

/**
 * The context one request or transition runs in. A class rather than an object of closures: it is
 * built for every call, and its methods then live once on the prototype.
 */
export class EngineContext implements TransitionContext {
  constructor(
    private readonly host: ContextHost,
    readonly region: string,
    readonly now: Date,
  ) {}

  get state(): SandboxState {
    return this.host.state;
  }

  get regionState(): RegionState {
    return this.host.regionState(this.region);
  }

  get accountId(): string {
    return this.host.state.identity.accountId;
  }

  get ids(): DeterministicIds {
    return this.host.ids;
  }

  regionStateOf(region: string): RegionState {
    return this.host.regionState(region);
  }

  schedule(delayMs: number, kind: string, payload: Record<string, string | number | boolean | null>, region?: string): void {
    this.host.insertScheduled({
      at: this.now.getTime() + Math.max(0, delayMs),
      order: this.host.state.scheduleCounter++,
      region: region ?? this.region,
      kind,
      payload,
    });
  }
}
