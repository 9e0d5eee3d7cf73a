/**
 * A lifecycle change due at a virtual time (a cluster becoming `available`, an instance vanishing
 * after `deleting`). Plain data, so the state stays a deterministic fold of the action log.
 */
export interface ScheduledTransition {
  /** Virtual epoch milliseconds at which it happens. */
  readonly at: number;
  /** Tie-breaker: transitions due at the same instant run in the order they were scheduled. */
  readonly order: number;
  readonly region: string;
  /** Names a handler in the service registry's `transitions`, e.g. `rds.cluster.available`. */
  readonly kind: string;
  readonly payload: Readonly<Record<string, string | number | boolean | null>>;
}
