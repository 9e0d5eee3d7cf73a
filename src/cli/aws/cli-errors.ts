/**
 * Failures of the `aws` program, each with the exit code and stderr text the real CLI v2 produces
 * (awscli/errorhandler.py): 252 for usage and parameter errors, 253 for configuration, 254 for
 * service errors, 255 for anything else.
 */
export const PARAM_VALIDATION_ERROR_RC = 252;
export const CONFIGURATION_ERROR_RC = 253;
export const CLIENT_ERROR_RC = 254;
export const GENERAL_ERROR_RC = 255;

export const USAGE =
  'aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n' +
  '\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

export abstract class CliError extends Error {
  abstract readonly exitCode: number;
  /** The exact stderr text. */
  abstract render(): string;
}

/** Written as `\n<message>\n`: the shape most CLI handlers use. */
abstract class PlainCliError extends CliError {
  render(): string {
    return `\n${this.message}\n`;
  }
}

/** argparse's `error()`: usage, then `aws: error: <message>`. */
export class UsageError extends CliError {
  readonly exitCode = PARAM_VALIDATION_ERROR_RC;
  render(): string {
    return `\nusage: ${USAGE}\naws: error: ${this.message}\n\n`;
  }
}

/** Words nobody consumed: `Unknown options: --foo, bar`. */
export class UnknownArgumentError extends CliError {
  readonly exitCode = PARAM_VALIDATION_ERROR_RC;
  constructor(readonly remaining: readonly string[]) {
    super(`Unknown options: ${remaining.join(', ')}`);
  }
  render(): string {
    return `\nusage: ${USAGE}\n${this.message}\n\n`;
  }
}

/** `Error parsing parameter '--tags': ...` (argprocess.ParamError). */
export class ParamError extends PlainCliError {
  readonly exitCode = PARAM_VALIDATION_ERROR_RC;
  constructor(
    readonly cliName: string,
    readonly detail: string,
  ) {
    super(`Error parsing parameter '${cliName}': ${detail}`);
  }
}

/** A parameter error raised with its full text (customizations' ParamValidationError, ParamSyntaxError). */
export class ParamValidationError extends PlainCliError {
  readonly exitCode = PARAM_VALIDATION_ERROR_RC;
}

/** botocore's client-side validation: `Parameter validation failed:\n...`. */
export class BotocoreValidationError extends PlainCliError {
  readonly exitCode = PARAM_VALIDATION_ERROR_RC;
  constructor(readonly report: string) {
    super(`Parameter validation failed:\n${report}`);
  }
}

/** A service error: `An error occurred (CODE) when calling the Op operation: MESSAGE`. */
export class ClientError extends PlainCliError {
  readonly exitCode = CLIENT_ERROR_RC;
  constructor(
    readonly code: string,
    readonly operation: string,
    readonly serviceMessage: string,
    retrySuffix = '',
  ) {
    super(`An error occurred (${code}) when calling the ${operation} operation${retrySuffix}: ${serviceMessage}`);
  }
}

export class ConfigurationError extends PlainCliError {
  readonly exitCode = CONFIGURATION_ERROR_RC;
}

/** Anything else the CLI lets escape (a Python ValueError, a waiter failure): exit 255. */
export class GeneralError extends PlainCliError {
  readonly exitCode = GENERAL_ERROR_RC;
}

/** A host failure that must reach the caller of `runAws` untouched (dry runs stop at the first call this way). */
export class PassThroughError extends Error {}
