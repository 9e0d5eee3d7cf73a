import type { ServiceName } from '../engine/service-name';

/** One AWS call the CLI emulator makes, as botocore would after parsing the command line. */
export interface CliCall {
  readonly service: ServiceName;
  /** PascalCase operation name. */
  readonly operation: string;
  readonly region: string;
  readonly input: Record<string, unknown>;
}

/**
 * What the CLI emulator needs from the world: a way to call the sandbox (the host persists the
 * call in the action log before it resolves) and to move its virtual clock (waiters).
 * `invoke` resolves to the operation's output structure or rejects with an `AwsError`.
 */
export interface CliHost {
  invoke(call: CliCall): Promise<Record<string, unknown>>;
  /** Advances the sandbox's virtual clock by `ms` (used by `aws ... wait`). */
  advanceClock(ms: number): Promise<void>;
  /** The region used when neither `--region` nor `AWS_DEFAULT_REGION` says otherwise. */
  readonly defaultRegion: string;
}

/** What a command line produced, exactly as a terminal would show it. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}
