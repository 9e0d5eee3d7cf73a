import type { CliCall, CliHost } from '../../../src/cli/cli-host';

export type FakeHandler = (call: CliCall, index: number) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** A CliHost that records every call and answers from a handler (or `{}`); throws what the handler throws. */
export class FakeCliHost implements CliHost {
  readonly calls: CliCall[] = [];
  readonly clockAdvances: number[] = [];
  readonly defaultRegion: string;

  constructor(
    private readonly handler: FakeHandler = () => ({}),
    defaultRegion = 'us-east-1',
  ) {
    this.defaultRegion = defaultRegion;
  }

  async invoke(call: CliCall): Promise<Record<string, unknown>> {
    this.calls.push(call);
    return this.handler(call, this.calls.length - 1);
  }

  async advanceClock(ms: number): Promise<void> {
    this.clockAdvances.push(ms);
  }
}

/** The usage block every argparse error starts with. */
export const USAGE_BLOCK =
  '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';
