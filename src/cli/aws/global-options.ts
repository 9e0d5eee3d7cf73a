import type { ActionSpec } from '../argparse/arg-parser';
import type { CompiledQuery } from './jmespath-query';

export type OutputFormat = 'json' | 'text' | 'table' | 'yaml' | 'yaml-stream';

/** The parsed `aws` global options the emulator acts on. */
export interface GlobalOptions {
  readonly region: string;
  readonly output: OutputFormat;
  readonly query: CompiledQuery | undefined;
  paginate: boolean;
  readonly color: 'on' | 'off' | 'auto';
  readonly endpointUrl: string | undefined;
  /** `--profile`, else `AWS_PROFILE`. */
  readonly profile: string | undefined;
}

/**
 * The top-level options of awscli/data/cli.json, in its order, then `--version` and the `command`
 * positional as MainArgParser adds them.
 */
export function globalActions(commands: readonly string[]): ActionSpec[] {
  const store = (name: string, extra: Partial<ActionSpec> = {}): ActionSpec => ({
    dest: name.replace(/-/g, '_'),
    optionStrings: [`--${name}`],
    nargs: 'one',
    kind: 'store',
    ...extra,
  });
  return [
    { dest: 'debug', optionStrings: ['--debug'], nargs: 0, kind: 'store_true' },
    store('endpoint-url'),
    { dest: 'verify_ssl', optionStrings: ['--no-verify-ssl'], nargs: 0, kind: 'store_false' },
    { dest: 'paginate', optionStrings: ['--no-paginate'], nargs: 0, kind: 'store_false' },
    store('output', { choices: ['json', 'text', 'table', 'yaml', 'yaml-stream'] }),
    store('query'),
    store('profile'),
    store('region'),
    { dest: 'version', optionStrings: ['--version'], nargs: 0, kind: 'version' },
    store('color', { choices: ['on', 'off', 'auto'], default: 'auto' }),
    { dest: 'sign_request', optionStrings: ['--no-sign-request'], nargs: 0, kind: 'store_false' },
    store('ca-bundle'),
    store('cli-read-timeout', { dest: 'read_timeout' }),
    store('cli-connect-timeout', { dest: 'connect_timeout' }),
    store('cli-binary-format', { choices: ['base64', 'raw-in-base64-out'] }),
    { dest: 'no_cli_pager', optionStrings: ['--no-cli-pager'], nargs: 0, kind: 'store_true' },
    { dest: 'cli_auto_prompt', optionStrings: ['--cli-auto-prompt'], nargs: 0, kind: 'store_true' },
    { dest: 'no_cli_auto_prompt', optionStrings: ['--no-cli-auto-prompt'], nargs: 0, kind: 'store_true' },
    { dest: 'version', optionStrings: ['--version'], nargs: 0, kind: 'version' },
    { dest: 'command', optionStrings: [], nargs: 'one', kind: 'store', choices: commands, required: true },
  ];
}

export const VERSION_STRING = 'aws-cli/2.9.19 Python/3.11.2 Linux/5.15 exe/x86_64.aurora-lab prompt/off';
