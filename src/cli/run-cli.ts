import { runAws, type AwsRunOptions } from './aws/aws-cli';
import type { CliHost, CliResult } from './cli-host';
import { ShellExit, ShellSyntaxError } from './shell/shell-errors';
import { parseShell } from './shell/shell-parser';
import { ShellSession } from './shell/shell-interpreter';

export interface RunCliOptions extends AwsRunOptions {
  /** Extra exported variables for this run (on top of `AWS_DEFAULT_REGION`, `HOME`, `USER`). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs what a learner typed in the sandbox terminal: a small shell (variables, quoting, `;`, `&&`,
 * `||`, `for`, `$(...)`, `echo`, `export`) whose only program is our AWS CLI v2 emulator. Never
 * throws; the result is what a terminal would show.
 */
export async function runCli(text: string, host: CliHost, options: RunCliOptions = {}): Promise<CliResult> {
  let script;
  try {
    // Text pasted from Windows: bash would keep the \r in words, a terminal user never means it.
    script = parseShell(text.replace(/\r\n/g, '\n'));
  } catch (error) {
    if (error instanceof ShellSyntaxError) return { stdout: '', stderr: `${error.message}\n`, exitCode: 2 };
    return internalError(error, '', '');
  }
  const env = { AWS_DEFAULT_REGION: host.defaultRegion, HOME: '/home/learner', USER: 'learner', ...options.env };
  const session = ShellSession.withEnvironment(host, (argv, awsEnv, awsHost) => runAws(argv, awsEnv, awsHost, options), env);
  try {
    const exitCode = await session.runList(script);
    return { stdout: session.stdout, stderr: session.stderr, exitCode };
  } catch (error) {
    if (error instanceof ShellExit) return { stdout: session.stdout, stderr: session.stderr, exitCode: error.exitCode };
    return internalError(error, session.stdout, session.stderr);
  }
}

function internalError(error: unknown, stdout: string, stderr: string): CliResult {
  const message = error instanceof Error ? error.message : String(error);
  return { stdout, stderr: `${stderr}\nInternal error in the sandbox terminal: ${message}\n`, exitCode: 255 };
}
