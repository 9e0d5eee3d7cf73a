/** A script the shell cannot parse at all: bash prints it and runs nothing (exit 2). */
export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellSyntaxError';
  }
}

/** A runtime failure of one command with its own exit status (e.g. a bad substitution). */
export class ShellRuntimeError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'ShellRuntimeError';
  }
}

/** `exit N`: ends the whole script. */
export class ShellExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ShellExit';
  }
}
