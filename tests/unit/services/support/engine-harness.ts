import { expect } from 'vitest';
import { AwsError } from '../../../../src/engine/aws-error';
import { SandboxEngine } from '../../../../src/engine/sandbox/sandbox-engine';
import type { SandboxIdentity } from '../../../../src/engine/sandbox/sandbox-identity';
import type { ServiceName } from '../../../../src/engine/service-name';
import { expectConformsToOutput } from './model-conformance';

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
export const START = Date.UTC(2025, 0, 6, 12, 0, 0);
export const MINUTE = 60_000;

export function identity(seed = 'seed-1'): SandboxIdentity {
  return { sandboxId: `sbx-${seed}`, accountId: ACCOUNT_ID, accessKeyId: 'AKIASANDBOX000000001', defaultRegion: REGION, seed };
}

/**
 * Drives one engine with a virtual clock: each call arrives one second after the previous one,
 * and every successful output is checked against the operation's output shape in the SDK model.
 */
export class Harness {
  readonly engine: SandboxEngine;
  now: number;

  constructor(seed = 'seed-1', start = START) {
    this.engine = new SandboxEngine(identity(seed), start);
    this.now = start;
  }

  call<T>(service: ServiceName, operation: string, input: object, region = REGION): T {
    this.now += 1000;
    const output = this.engine.execute({ service, operation, region, input: input as Record<string, unknown>, at: this.now });
    expectConformsToOutput(service, operation, output);
    return output as T;
  }

  rds<T>(operation: string, input: object, region = REGION): T {
    return this.call<T>('rds', operation, input, region);
  }

  ec2<T>(operation: string, input: object, region = REGION): T {
    return this.call<T>('ec2', operation, input, region);
  }

  /** Calls and expects an AwsError; returns it. */
  fails(service: ServiceName, operation: string, input: object, region = REGION): AwsError {
    try {
      this.call(service, operation, input, region);
    } catch (error) {
      expect(error).toBeInstanceOf(AwsError);
      return error as AwsError;
    }
    throw new Error(`${operation} succeeded but was expected to fail`);
  }

  advance(ms: number): void {
    this.engine.advanceClock(ms, this.now);
    this.now += ms;
  }

  /** A deep copy of the whole sandbox state, for before/after comparisons. */
  snapshot(): unknown {
    return structuredClone(this.engine.state);
  }
}

/** Asserts a call is refused with `code`/`status` (and message, if given) and changes nothing. */
export function expectRefused(
  h: Harness,
  service: ServiceName,
  operation: string,
  input: object,
  expected: { code: string; status?: number; message?: string | RegExp },
): AwsError {
  // Run anything due before the call arrives, so only the call itself could change the state.
  h.engine.advanceTo(h.now + 1000);
  const before = h.snapshot();
  const error = h.fails(service, operation, input);
  expect(error.code).toBe(expected.code);
  if (expected.status !== undefined) expect(error.status).toBe(expected.status);
  if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
  else if (expected.message) expect(error.message).toMatch(expected.message);
  expect(h.snapshot()).toEqual(before);
  return error;
}
