import { generatedWaiterDefinitions } from '../generated/waiter-definitions';
import type { ServiceName } from '../../engine/service-name';

/** One acceptor of a waiter, as botocore's waiters-2.json states it. */
export interface WaiterAcceptor {
  readonly state: 'success' | 'failure' | 'retry';
  readonly matcher: 'path' | 'pathAll' | 'pathAny' | 'error' | 'status';
  /** JMESPath over the response for path matchers. */
  readonly argument?: string;
  readonly expected: string | boolean | number;
}

export interface WaiterDefinition {
  /** PascalCase waiter name (`DBClusterAvailable`); the CLI names it `db-cluster-available`. */
  readonly name: string;
  readonly operation: string;
  /** Seconds between polls. */
  readonly delay: number;
  readonly maxAttempts: number;
  readonly acceptors: readonly WaiterAcceptor[];
}

export const waiterDefinitions: Readonly<Partial<Record<ServiceName, readonly WaiterDefinition[]>>> = generatedWaiterDefinitions;
