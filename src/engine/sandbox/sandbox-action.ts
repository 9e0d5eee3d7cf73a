import type { ServiceName } from '../service-name';

/** Who sent an action: a signed wire request, the in-browser CLI, a lab's setup, or the product API. */
export type ActionSource = 'wire' | 'cli' | 'setup' | 'api';

interface ActionBase {
  /** 1-based position in the sandbox's log. */
  readonly seq: number;
  /** Virtual epoch ms. */
  readonly at: number;
  readonly source: ActionSource;
}

/** An accepted AWS request and how it was answered. */
export interface RequestAction extends ActionBase {
  readonly kind: 'request';
  readonly service: ServiceName;
  readonly operation: string;
  readonly region: string;
  readonly input: Record<string, unknown>;
  /** `ok`, or the AWS error code it was answered with. */
  readonly outcome: string;
  /**
   * How many identical requests in a row this action stands for (reads only: a waiter or a
   * dashboard polling the same Describe is logged once with a count). Absent means 1.
   */
  readonly repeat?: number;
}

/** Virtual time moved forward by hand (fast-forward) or by a waiter. */
export interface ClockAction extends ActionBase {
  readonly kind: 'clock';
  readonly advanceMs: number;
}

/** The sandbox went back to its lab's initial state (the setup actions that follow rebuild it). */
export interface ResetAction extends ActionBase {
  readonly kind: 'reset';
}

export type SandboxAction = RequestAction | ClockAction | ResetAction;
