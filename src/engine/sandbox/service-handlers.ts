import type { ServiceName } from '../service-name';
import type { OperationContext, TransitionContext } from './operation-context';

/**
 * Implements one operation. `input` has been decoded and validated against the model (required
 * members present, enums valid, types right); the handler applies AWS's business rules, throws
 * `AwsError` before mutating anything, and returns the output structure (SDK output type shape).
 */
export interface OperationHandler<Input extends object = object, Output extends object = object> {
  (ctx: OperationContext, input: Input): Output;
}

export type TransitionHandler = (ctx: TransitionContext, payload: Readonly<Record<string, string | number | boolean | null>>) => void;

/** A service's behaviour: its implemented operations and the lifecycle transitions it schedules. */
export interface ServiceHandlers {
  readonly service: ServiceName;
  readonly operations: Readonly<Record<string, OperationHandler>>;
  /** By kind, e.g. `rds.cluster.available`. Kinds are prefixed with the service name. */
  readonly transitions: Readonly<Record<string, TransitionHandler>>;
}

/** Types a handler against the SDK's input/output shapes while registering it untyped. */
export function defineOperation<Input extends object, Output extends object>(
  handler: (ctx: OperationContext, input: Input) => Output,
): OperationHandler {
  return handler as unknown as OperationHandler;
}
