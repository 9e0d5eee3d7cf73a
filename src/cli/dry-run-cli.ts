import { PassThroughError, runAws, type AwsRunOptions } from './aws/aws-cli';
import type { CliCall, CliHost, CliResult } from './cli-host';
import { ShellExit, ShellSyntaxError } from './shell/shell-errors';
import { ShellSession } from './shell/shell-interpreter';
import { parseShell } from './shell/shell-parser';

/** One `aws ...` the script would run: its argv, the call it would make, or the CLI's own error. */
export interface AwsInvocation {
  readonly argv: readonly string[];
  /** The first call the command would send (undefined when the CLI rejects the command first). */
  readonly call: CliCall | undefined;
  /** What the command printed before it would have called the sandbox (usage/parameter errors). */
  readonly result: CliResult;
}

export interface DryRunReport {
  /** Shell-level outcome (syntax errors, unsupported features, echo output). */
  readonly result: CliResult;
  readonly invocations: readonly AwsInvocation[];
}

class StopAtFirstCall extends PassThroughError {}

/**
 * Parses and checks terminal text without touching a sandbox: every `aws` command is parsed and
 * validated exactly as `runCli` would, and stops where it would call the service (that call is
 * reported and treated as succeeding with no output). For editors and lab validation.
 */
export async function dryRunCli(text: string, options: { readonly defaultRegion: string; readonly env?: Readonly<Record<string, string>> } & AwsRunOptions): Promise<DryRunReport> {
  const invocations: AwsInvocation[] = [];
  let script;
  try {
    script = parseShell(text);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return { result: { stdout: '', stderr: `${error.message}\n`, exitCode: 2 }, invocations };
    throw error;
  }
  const host: CliHost = {
    defaultRegion: options.defaultRegion,
    invoke: async (call) => {
      throw new StopAtFirstCall(JSON.stringify(call.operation), { cause: call });
    },
    advanceClock: async () => {},
  };
  const env = { AWS_DEFAULT_REGION: options.defaultRegion, HOME: '/home/learner', USER: 'learner', ...options.env };
  const session = ShellSession.withEnvironment(
    host,
    async (argv, awsEnv, awsHost) => {
      try {
        const result = await runAws(argv, awsEnv, awsHost, options);
        invocations.push({ argv, call: undefined, result });
        return result;
      } catch (error) {
        if (!(error instanceof StopAtFirstCall)) throw error;
        const result = { stdout: '', stderr: '', exitCode: 0 };
        invocations.push({ argv, call: error.cause as CliCall, result });
        return result;
      }
    },
    env,
  );
  let exitCode: number;
  try {
    exitCode = await session.runList(script);
  } catch (error) {
    if (!(error instanceof ShellExit)) throw error;
    exitCode = error.exitCode;
  }
  return { result: { stdout: session.stdout, stderr: session.stderr, exitCode }, invocations };
}
