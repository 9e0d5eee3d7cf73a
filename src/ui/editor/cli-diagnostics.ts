import { getCloseMatches } from '../../cli/python/difflib';
import type { CliCatalogView, CliCommandOption } from '../api/cli-catalog-types';
import { actionsForOptions, optionalPositional, parseItems, type ArgvItem, type PositionedParse } from './positioned-arg-parse';
import { programWords, scanShellWords, type ShellWord } from './shell-words';

/** A problem the CLI would report for a command, at the words it is about (offsets in the text). */
export interface CliDiagnostic {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** The options of a command: the list, `undefined` if the CLI has no such command, `'loading'` if not known yet. */
export type CommandOptionsLookup = (service: string, command: readonly string[]) => readonly CliCommandOption[] | undefined | 'loading';

export interface CommandRef {
  readonly service: string;
  readonly command: readonly string[];
}

export interface CliDiagnosticsResult {
  readonly diagnostics: readonly CliDiagnostic[];
  /** Commands whose options were still loading: check again once they are there. */
  readonly needs: readonly CommandRef[];
}

/**
 * What the CLI would refuse in each `aws` command of `text`, before anything runs: an unknown
 * service, command or waiter, options it would call unknown or ambiguous, a missing value, and
 * missing required options — in the CLI's words. The word being typed at `cursor` is never
 * reported, and neither is anything that depends on a value the shell only knows when it runs.
 */
export function cliDiagnostics(text: string, catalog: CliCatalogView, optionsFor: CommandOptionsLookup, cursor?: number): CliDiagnosticsResult {
  const diagnostics: CliDiagnostic[] = [];
  const needs: CommandRef[] = [];
  for (const { words } of scanShellWords(text).commands) {
    const program = programWords(words);
    if (program[0]?.value !== 'aws' || program.some((word) => word.unterminated)) continue;
    const outcome = new AwsCommandChecker(catalog, optionsFor, program[0]).check(argvItems(text, program, cursor));
    if ('loading' in outcome) needs.push(outcome.loading);
    else diagnostics.push(...outcome);
  }
  return { diagnostics, needs };
}

const PENDING_WORD: ArgvItem = { value: '\u0001pending', opaque: true, mayExpand: false };

/**
 * The arguments after `aws`. The word the cursor touches is still being typed: it is kept for the
 * parse but never reported. With the cursor after the last word, a stand-in takes the place of the
 * word the learner is about to type, so "expected one argument" or a missing operation does not
 * flash up mid-sentence.
 */
function argvItems(text: string, program: readonly ShellWord[], cursor: number | undefined): ArgvItem[] {
  const items = program.slice(1).map((word): ArgvItem => {
    const typing = cursor !== undefined && cursor >= word.start && cursor <= word.end;
    return { value: word.value ?? `\u0001${word.start}`, word, opaque: word.value === undefined || typing, mayExpand: word.mayExpand };
  });
  const last = program.at(-1);
  if (cursor !== undefined && last && cursor > last.end && /^(?:[ \t]|\\\r?\n)*$/.test(text.slice(last.end, cursor))) items.push(PENDING_WORD);
  return items;
}

/** A command whose options are not loaded yet cannot be checked. */
type CheckOutcome = readonly CliDiagnostic[] | { readonly loading: CommandRef };

class AwsCommandChecker {
  constructor(
    private readonly catalog: CliCatalogView,
    private readonly optionsFor: CommandOptionsLookup,
    private readonly awsWord: ShellWord,
  ) {}

  check(items: readonly ArgvItem[]): CheckOutcome {
    const globals = [...actionsForOptions(this.catalog.globalOptions), optionalPositional('command')];
    const top = parseItems(globals, items);
    if (top.kind !== 'parsed') return this.parseFailure(top, items);
    const serviceItem = top.positionals.get('command');
    if (!serviceItem) return [this.at(this.awsWord, 'the following arguments are required: command')];
    if (serviceItem.opaque || serviceItem.value === 'help') return [];
    const service = this.catalog.services.find((s) => s.name === serviceItem.value);
    if (!service) {
      const choices = [...this.catalog.services.map((s) => s.name), 'help'];
      return [this.atItem(serviceItem, `argument command: Invalid choice, valid choices are: ${choices.join(' | ')}`)];
    }

    const level = parseItems([optionalPositional('operation')], top.extras);
    if (level.kind !== 'parsed') return this.parseFailure(level, top.extras);
    const operationItem = level.positionals.get('operation');
    if (!operationItem) return [this.atItem(serviceItem, 'the following arguments are required: operation')];
    if (operationItem.opaque || operationItem.value === 'help') return [];
    if (!service.commands.includes(operationItem.value)) {
      return [this.atItem(operationItem, invalidChoice('operation', operationItem.value, [...service.commands, 'help'], `aws ${service.name} help`))];
    }
    const rest = level.extras;
    if (isHelpRequest(rest)) return [];
    if (operationItem.value !== 'wait') return this.checkOptions(service.name, [operationItem.value], operationItem, rest);

    const waiterLevel = parseItems([optionalPositional('subcommand')], rest);
    if (waiterLevel.kind !== 'parsed') return this.parseFailure(waiterLevel, rest);
    const waiterItem = waiterLevel.positionals.get('subcommand');
    if (!waiterItem) {
      if (rest.length === 0) return [this.atItem(operationItem, 'too few arguments')];
      return this.unknownOptions(rest, ',');
    }
    if (waiterItem.opaque) return [];
    if (!service.waiters.includes(waiterItem.value)) {
      return [this.atItem(waiterItem, invalidChoice('subcommand', waiterItem.value, service.waiters, `aws ${service.name} wait help`))];
    }
    return this.checkOptions(service.name, ['wait', waiterItem.value], waiterItem, rest.filter((item) => item !== waiterItem));
  }

  /** `aws <service> <command>`'s own parser: ambiguous or malformed options, unknown ones, required ones. */
  private checkOptions(service: string, command: readonly string[], commandItem: ArgvItem, args: readonly ArgvItem[]): CheckOutcome {
    const options = this.optionsFor(service, command);
    if (options === 'loading') return { loading: { service, command } };
    if (options === undefined) return [];
    const parse = parseItems([...actionsForOptions(options), optionalPositional('help')], args);
    if (parse.kind !== 'parsed') return this.parseFailure(parse, args);
    const help = parse.positionals.get('help');
    if (help?.value === 'help') return [];
    const unknown = help ? [...parse.extras, help] : [...parse.extras];
    const diagnostics = this.unknownOptions(unknown, ', ');
    // A word the shell may still split could be the missing options: only the run can tell.
    const mayHoldOptions = unknown.some((item) => item.mayExpand || (item.word !== undefined && item.word.value === undefined));
    if (!mayHoldOptions && !overridesRequired(args)) {
      const missing = options.filter((option) => option.required && !parse.given.has(option.name)).map((option) => option.name);
      if (missing.length > 0) diagnostics.push(this.atItem(commandItem, `the following arguments are required: ${missing.join(', ')}`));
    }
    return diagnostics;
  }

  private unknownOptions(items: readonly ArgvItem[], separator: string): CliDiagnostic[] {
    const reported = items.filter((item) => !item.opaque);
    if (reported.length === 0) return [];
    const message = `Unknown options: ${reported.map((item) => item.value).join(separator)}`;
    return reported.map((item) => this.atItem(item, message));
  }

  private parseFailure(parse: Exclude<PositionedParse, { kind: 'parsed' }>, items: readonly ArgvItem[]): CliDiagnostic[] {
    if (parse.kind === 'version') return [];
    const item = itemNamedBy(parse.message, items);
    if (!item || item.opaque) return [];
    return [this.atItem(item, condense(parse.message))];
  }

  private at(word: ShellWord, message: string): CliDiagnostic {
    return { start: word.start, end: word.end, message };
  }

  private atItem(item: ArgvItem, message: string): CliDiagnostic {
    return this.at(item.word ?? this.awsWord, message);
  }
}

/** `aws <service> <command> help`. */
function isHelpRequest(rest: readonly ArgvItem[]): boolean {
  return rest.length === 1 && rest[0].value === 'help';
}

/** The CLI drops required options when the input comes from a document or a skeleton is asked for. */
function overridesRequired(args: readonly ArgvItem[]): boolean {
  const values = args.map((item) => item.value);
  const skeletonAt = values.indexOf('--generate-cli-skeleton');
  return values.includes('--cli-input-json') || values.includes('--cli-input-yaml') || (skeletonAt >= 0 && values[skeletonAt + 1] !== 'output');
}

function invalidChoice(dest: string, value: string, choices: readonly string[], helpCommand: string): string {
  const close = getCloseMatches(value, choices, 3, 0.8);
  const hint = close.length > 0 ? `, maybe you meant: ${close.join(', ')}` : ` (${helpCommand} lists the valid choices)`;
  return `argument ${dest}: Invalid choice: '${value}'${hint}`;
}

/** The argument an argparse error names: `ambiguous option: --c could match ...`, `argument --region: ...`. */
function itemNamedBy(message: string, items: readonly ArgvItem[]): ArgvItem | undefined {
  const ambiguous = /^ambiguous option: (.+?) could match /.exec(message);
  if (ambiguous) return items.find((item) => item.value === ambiguous[1]);
  const argument = /^argument ([^:]+): (.*)/s.exec(message);
  if (!argument) return undefined;
  const names = argument[1].split('/');
  const candidates = items.filter((item) => {
    if (!item.value.startsWith('--')) return false;
    const typed = item.value.split('=')[0];
    return names.some((name) => name.startsWith(typed));
  });
  if (argument[2].startsWith('expected')) {
    return candidates.findLast((item) => {
      const next = items[items.indexOf(item) + 1];
      return next === undefined || next.value.startsWith('-');
    });
  }
  // A value the parser refused: point at the value, unless it was given as `--option=value`.
  const option = candidates[0];
  const next = option ? items[items.indexOf(option) + 1] : undefined;
  return option && !option.value.includes('=') && next && !next.value.startsWith('-') ? next : option;
}

/**
 * argparse lays its choices out in columns over several lines, and its suggestions as a bulleted
 * list: one line reads better in a hover. "…are:\n\njson | text\ntable" -> "…are: json | text | table".
 */
function condense(message: string): string {
  const parts: string[] = [];
  let list: string[] | undefined;
  let bulleted = false;
  const flush = () => {
    if (list && list.length > 0) parts[parts.length - 1] += ` ${list.join(bulleted ? ', ' : ' | ')}`;
    list = undefined;
  };
  for (const line of message.split('\n').map((text) => text.trim())) {
    if (line === '') continue;
    if (line.endsWith(':')) {
      flush();
      parts.push(line);
      list = [];
      bulleted = false;
    } else if (list) {
      bulleted ||= line.startsWith('*');
      list.push(...line.replace(/^\*\s*/, '').split('|').map((choice) => choice.trim()).filter((choice) => choice !== ''));
    } else parts.push(line);
  }
  flush();
  return parts.join('. ');
}
