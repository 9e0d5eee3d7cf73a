import type { ServiceName } from '../../engine/service-name';
import type { CliShape } from '../model/cli-shape';
import type { PaginatorConfig } from '../model/paginator-config';
import { operationCommands, serviceCommands, waitersOf } from '../model/service-commands';
import { cliName } from '../model/xform-name';
import type { CliArgument } from './operation-arguments';
import { pyStr } from '../python/py-repr';
import type { PyValue } from '../python/py-value';

/**
 * `aws help`, `aws <service> help`, `aws <service> <operation> help`: the CLI's man pages in a
 * concise plain-text form (the real ones render model documentation through groff; the SDK model
 * carries no documentation, so descriptions are short).
 */
const INDENT = '       ';

function header(title: string): string {
  const name = `${title.toUpperCase()}()`;
  return `${name}${' '.repeat(Math.max(1, 75 - 2 * name.length))}${name}\n\n`;
}

function section(title: string, lines: readonly string[]): string {
  return `${title}\n${lines.map((line) => (line ? `${INDENT}${line}` : '')).join('\n')}\n\n`;
}

const GLOBAL_OPTIONS = [
  '--debug (boolean) Turn on debug logging.',
  "--endpoint-url (string) Override command's default URL with the given URL.",
  '--no-verify-ssl (boolean) Do not verify SSL certificates.',
  '--no-paginate (boolean) Disable automatic pagination.',
  '--output (string) The formatting style for command output: json, text, table, yaml, yaml-stream.',
  '--query (string) A JMESPath query to use in filtering the response data.',
  '--profile (string) Use a specific profile from your credential file.',
  '--region (string) The region to use. Overrides config/env settings.',
  '--version (string) Display the version of this tool.',
  '--color (string) Turn on/off color output: on, off, auto.',
  '--no-sign-request (boolean) Do not sign requests.',
  '--ca-bundle (string) The CA certificate bundle to use when verifying SSL certificates.',
  '--cli-read-timeout (int) The maximum socket read time in seconds.',
  '--cli-connect-timeout (int) The maximum socket connect time in seconds.',
  '--cli-binary-format (string) The formatting style to be used for binary blobs.',
  '--no-cli-pager (boolean) Disable cli pager for output.',
  '--cli-auto-prompt (boolean) Automatically prompt for CLI input parameters.',
  '--no-cli-auto-prompt (boolean) Disable automatically prompt for CLI input parameters.',
];

export function providerHelp(): string {
  return (
    header('aws') +
    section('NAME', ['aws -']) +
    section('DESCRIPTION', ['The AWS Command Line Interface is a unified tool to manage your AWS services.']) +
    section('SYNOPSIS', [
      '   aws [options] <command> <subcommand> [parameters]',
      '',
      'Use aws command help for information on a specific command. The synopsis for each command shows its',
      'parameters and their usage. Optional parameters are shown in square brackets.',
    ]) +
    section('GLOBAL OPTIONS', GLOBAL_OPTIONS) +
    section('AVAILABLE SERVICES', [...serviceCommands().keys()].map((name) => `o ${name}`)) +
    section('SANDBOX', ['This terminal talks to your private Aurora Lab sandbox, not to AWS.'])
  );
}

export function serviceHelp(service: ServiceName, name: string): string {
  const commands = [...operationCommands(service).keys()].filter((c) => c !== 'help').sort();
  return (
    header(name) +
    section('NAME', [`${name} -`]) +
    section('DESCRIPTION', [`The ${name} commands available in this sandbox (from the ${service} API model).`]) +
    section('AVAILABLE COMMANDS', commands.map((c) => `o ${c}`))
  );
}

export function waitHelp(service: ServiceName): string {
  return (
    header('wait') +
    section('NAME', ['wait -']) +
    section('DESCRIPTION', ['Wait until a particular condition is satisfied. Each subcommand polls an API until the listed requirement is met.']) +
    section(
      'AVAILABLE COMMANDS',
      waitersOf(service).map((w) => `o ${cliName(w.name)}`),
    )
  );
}

interface HelpTarget {
  readonly commandName: string;
  readonly operation: { readonly name: string };
  readonly service: ServiceName;
  readonly waiter?: { readonly name: string; readonly delay: number; readonly maxAttempts: number; readonly acceptors: ReadonlyArray<{ state: string; matcher: string; argument?: string; expected: unknown }> };
}

function typeLabel(argument: CliArgument): string {
  switch (argument.kind) {
    case 'model':
      return argument.shape.typeName === 'document' ? 'document' : argument.shape.typeName;
    case 'page':
      return argument.parseType;
    case 'custom':
      return argument.typeLabel;
    default:
      return 'string';
  }
}

function synopsisLines(table: ReadonlyMap<string, CliArgument>): string[] {
  const lines: string[] = [];
  const seenGroups = new Set<string>();
  for (const argument of table.values()) {
    if (argument.kind === 'model' && (argument.undocumented || argument.negative)) continue;
    let text: string;
    if (argument.kind === 'custom' && argument.synopsis !== undefined) {
      if (argument.synopsis === '') continue;
      text = argument.synopsis;
    } else if (argument.kind === 'cli-input') {
      if (seenGroups.has('cli_input')) continue;
      seenGroups.add('cli_input');
      text = '--cli-input-json | --cli-input-yaml';
    } else if (argument.kind === 'model' && argument.shape.typeName === 'boolean') {
      text = `--${argument.name} | --no-${argument.name}`;
    } else text = `--${argument.name} <value>`;
    lines.push(argument.required ? text : `[${text}]`);
  }
  return lines;
}

export function operationHelp(target: HelpTarget, table: ReadonlyMap<string, CliArgument>, paginator: PaginatorConfig | undefined): string {
  const description: string[] = [];
  if (target.waiter) {
    // awscli/customizations/waiters.py WaiterStateDocBuilder.
    const success = target.waiter.acceptors.find((a) => a.state === 'success');
    const templates: Record<string, string> = {
      error: '%s is thrown ',
      path: '%s ',
      pathAll: '%s for all elements ',
      pathAny: '%s for any element ',
      status: '%s response is received ',
    };
    let what = '';
    if (success) {
      const template = (success.argument ? `JMESPath query ${success.argument} returns ` : '') + templates[success.matcher];
      what = template.replace('%s', pyStr(success.expected as PyValue));
    }
    description.push(
      `Wait until ${what}when polling with \`\`${cliName(target.operation.name)}\`\`. It will poll every ${target.waiter.delay} seconds until a successful state has been reached. This will exit with a return code of 255 after ${target.waiter.maxAttempts} failed checks.`,
    );
  } else {
    description.push(`Calls the ${target.service} ${target.operation.name} operation in the sandbox.`);
    if (paginator) {
      description.push(
        '',
        `\`\`${target.commandName}\`\` is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the \`\`--no-paginate\`\` argument.`,
      );
    }
  }
  const options: string[] = [];
  for (const argument of table.values()) {
    if (argument.kind === 'model' && (argument.undocumented || argument.negative)) continue;
    const suffix = argument.required ? ' [required]' : '';
    options.push(`--${argument.name} (${typeLabel(argument)})${suffix}`);
    if (argument.kind === 'model') {
      const enumValues = argument.shape.enumValues;
      if (enumValues && enumValues.length > 0) options.push(`   Possible values: ${enumValues.join(', ')}`);
      const shorthand = shorthandExample(argument.shape);
      if (shorthand) options.push('   Shorthand Syntax:', `      ${shorthand}`);
    }
    options.push('');
  }
  return (
    header(target.commandName) +
    section('NAME', [`${target.commandName} -`]) +
    section('DESCRIPTION', description) +
    section('SYNOPSIS', [`     ${target.commandName}`, ...synopsisLines(table).map((l) => `   ${l}`), '   [--debug]', '   [--endpoint-url <value>]', '   [--no-paginate]', '   [--output <value>]', '   [--query <value>]', '   [--region <value>]', '   [--color <value>]']) +
    section('OPTIONS', options) +
    section('GLOBAL OPTIONS', ['See aws help for descriptions of global parameters.'])
  );
}

/** awscli's ParamShorthandDocGen, for the common shapes. */
function shorthandExample(shape: CliShape): string | undefined {
  const docs = (s: CliShape, stack: string[]): string => {
    if (stack.length > 3) throw new Error('too complex');
    if (s.typeName === 'structure') {
      const parts = [...s.members].map(([name, member]) => {
        if (stack.includes(member.name)) return `${name}=( ... recursive ... )`;
        stack.push(member.name);
        try {
          return `${name}=${docs(member, stack)}`;
        } finally {
          stack.pop();
        }
      });
      return stack.length === 0 ? parts.join(',') : `{${parts.join(',')}}`;
    }
    if (s.typeName === 'list') {
      stack.push(s.member.name);
      try {
        const element = docs(s.member, stack);
        return ['structure', 'list', 'map'].includes(s.member.typeName) || stack.length > 1 ? `[${element},${element}]` : `${element},${element}`;
      } finally {
        stack.pop();
      }
    }
    if (s.typeName === 'map') {
      const value = docs(s.value, stack);
      const text = `KeyName1=${value},KeyName2=${value}`;
      return stack.length > 0 ? `{${text}}` : text;
    }
    return s.typeName;
  };
  try {
    if (shape.typeName === 'list' && ['structure', 'list', 'map'].includes(shape.member.typeName)) return `${docs(shape.member, [])} ...`;
    if (shape.typeName === 'structure' || shape.typeName === 'map') {
      if (shape.typeName === 'structure' && shape.members.size === 1 && shape.members.get('Value')?.typeName === 'string') return undefined;
      return docs(shape, []);
    }
  } catch {
    return undefined;
  }
  return undefined;
}
