import { AwsError } from '../aws-error';
import { serviceModel } from '../model/service-model';
import { validateInput } from '../model/validate-input';
import type { ServiceName } from '../service-name';
import { SERVICE_HANDLERS } from '../services/service-registry';
import { createIamState } from '../services/iam/iam-state';
import { createRegionState } from './create-region-state';
import { DeterministicIds } from './deterministic-ids';
import { EngineContext, type ContextHost } from './engine-context';
import type { TransitionContext } from './operation-context';
import { isKnownRegion } from './regions';
import type { SandboxIdentity } from './sandbox-identity';
import type { ScheduledTransition } from './scheduled-transition';
import type { RegionState, SandboxState } from './sandbox-state';

/** One call into the sandbox: already decoded from the wire or the CLI, not yet validated. */
export interface EngineRequest {
  readonly service: ServiceName;
  /** PascalCase operation name. */
  readonly operation: string;
  readonly region: string;
  readonly input: Record<string, unknown>;
  /** Virtual epoch ms at which the request arrives. */
  readonly at: number;
}

/**
 * The mock AWS control plane of one sandbox: a deterministic state machine. `execute` and
 * `advanceClock` are the only ways its state changes, and both are recorded in the action log, so
 * replaying the log through a fresh engine rebuilds the same state.
 */
export class SandboxEngine implements ContextHost {
  readonly state: SandboxState;
  readonly ids: DeterministicIds;

  constructor(identity: SandboxIdentity, startAt: number) {
    this.state = {
      identity,
      now: startAt,
      clockOffsetMs: 0,
      idCounter: { value: 0 },
      scheduleCounter: 0,
      scheduled: [],
      iam: createIamState(),
      regions: {},
    };
    this.ids = new DeterministicIds(identity.seed, this.state.idCounter);
    this.regionState(identity.defaultRegion);
  }

  /** Runs one request; returns the output structure or throws `AwsError`. */
  execute(request: EngineRequest): Record<string, unknown> {
    this.advanceTo(request.at);
    const model = serviceModel(request.service);
    const operation = model.operations.get(request.operation);
    if (!operation) {
      throw new AwsError('InvalidAction', `The action ${request.operation} is not valid for this web service.`, 400);
    }
    if (!isKnownRegion(request.region)) {
      throw new AwsError('InvalidClientTokenId', `The security token included in the request is invalid. Unknown region ${request.region}.`, 403);
    }
    validateInput(request.service, operation.input, request.input);
    const handler = SERVICE_HANDLERS[request.service].operations[request.operation];
    if (!handler) {
      throw new AwsError(
        'UnsupportedOperation',
        `The action ${request.operation} is not supported in this sandbox yet.`,
        400,
      );
    }
    return handler(new EngineContext(this, request.region, new Date(this.state.now)), request.input) as Record<string, unknown>;
  }

  /** Moves virtual time forward by `ms` (fast-forward, waiters), running every transition now due. */
  advanceClock(ms: number, at: number): void {
    this.advanceTo(at);
    this.state.clockOffsetMs += ms;
    this.advanceTo(this.state.now + ms);
  }

  /** Runs every scheduled transition due at or before `at`, in order; time never goes backwards. */
  advanceTo(at: number): void {
    const { state } = this;
    while (state.scheduled.length > 0 && state.scheduled[0].at <= at) {
      const next = state.scheduled.shift()!;
      if (next.at > state.now) state.now = next.at;
      const handler = SERVICE_HANDLERS[next.kind.split('.')[0] as ServiceName]?.transitions[next.kind];
      if (!handler) throw new Error(`no handler for transition ${next.kind}`);
      const ctx: TransitionContext = new EngineContext(this, next.region, new Date(next.at));
      handler(ctx, next.payload);
    }
    if (at > state.now) state.now = at;
  }

  /**
   * A region's state, created with its default VPC on first use. Its ids come from a generator of
   * its own (not the sandbox's counter), so a read that first touches a region — e.g. a grader's
   * Describe, which is not logged — cannot shift the ids that later logged actions get.
   */
  regionState(region: string): RegionState {
    const { identity } = this.state;
    return (this.state.regions[region] ??= createRegionState(
      identity,
      region,
      new DeterministicIds(`${identity.seed}/region/${region}`, { value: 0 }),
    ));
  }

  /** Keeps `scheduled` sorted by (at, order). */
  insertScheduled(transition: ScheduledTransition): void {
    const list = this.state.scheduled;
    let i = list.length;
    while (i > 0 && (list[i - 1].at > transition.at || (list[i - 1].at === transition.at && list[i - 1].order > transition.order))) i--;
    list.splice(i, 0, transition);
  }
}
