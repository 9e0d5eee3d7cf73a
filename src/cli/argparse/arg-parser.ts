import { pyStrRepr } from '../python/py-repr';
import { getCloseMatches } from '../python/difflib';

/**
 * A faithful subset of Python 3.11's argparse, which the real CLI uses at every level (`aws`,
 * `aws rds`, `aws rds create-db-cluster`). Its quirks are user-visible: prefix matching of long
 * options, how stray words are collected, which option "expected one argument", the order of
 * "Unknown options", and the exact error texts.
 */

export type Nargs = 'one' | '?' | '*' | '+' | 0;

export interface ActionSpec {
  readonly dest: string;
  /** Empty for a positional. */
  readonly optionStrings: readonly string[];
  readonly nargs: Nargs;
  readonly kind: 'store' | 'store_true' | 'store_false' | 'store_const' | 'version';
  readonly required?: boolean;
  readonly choices?: readonly string[];
  readonly default?: ParsedValue;
  readonly const?: ParsedValue;
  /** Python's `type=` callable: `int`, `float` or none (str). */
  readonly type?: 'int' | 'float';
}

export type ParsedValue = string | number | boolean | null | ParsedValue[];

/** What argparse's `error()` raises: the caller renders `usage` + `aws: error: <message>`. */
export class ArgParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgParseError';
  }
}

/** `--version` was given: argparse prints it and exits 0. */
export class VersionRequested extends Error {
  constructor() {
    super('version');
    this.name = 'VersionRequested';
  }
}

class ArgumentError extends Error {
  constructor(action: ActionSpec, message: string) {
    super(`argument ${actionName(action)}: ${message}`);
  }
}

function actionName(action: ActionSpec): string {
  return action.optionStrings.length > 0 ? action.optionStrings.join('/') : action.dest;
}

type OptionTuple = [ActionSpec | undefined, string, string | undefined];

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

export interface ParseResult {
  readonly values: Map<string, ParsedValue>;
  readonly extras: string[];
}

export class ArgParser {
  private readonly actions: ActionSpec[] = [];
  private readonly optionActions = new Map<string, ActionSpec>();

  constructor(actions: readonly ActionSpec[] = []) {
    for (const action of actions) this.add(action);
  }

  add(action: ActionSpec): void {
    // conflict_handler='resolve': a later option string replaces an earlier one.
    for (const option of action.optionStrings) {
      const previous = this.optionActions.get(option);
      if (previous) {
        const index = this.actions.indexOf(previous);
        if (index >= 0) this.actions.splice(index, 1);
      }
      this.optionActions.set(option, action);
    }
    this.actions.push(action);
  }

  parseKnownArgs(argStrings: readonly string[]): ParseResult {
    const values = new Map<string, ParsedValue>();
    for (const action of this.actions) {
      if (!values.has(action.dest)) values.set(action.dest, action.default !== undefined ? action.default : defaultFor(action));
    }
    try {
      const extras = this.parse(argStrings, values);
      return { values, extras };
    } catch (error) {
      if (error instanceof ArgumentError) throw new ArgParseError(error.message);
      throw error;
    }
  }

  private parse(argStrings: readonly string[], values: Map<string, ParsedValue>): string[] {
    const optionIndices = new Map<number, OptionTuple>();
    const patternParts: string[] = [];
    for (let i = 0; i < argStrings.length; i++) {
      const arg = argStrings[i];
      if (arg === '--') {
        patternParts.push('-');
        for (i++; i < argStrings.length; i++) patternParts.push('A');
        break;
      }
      const tuple = this.parseOptional(arg);
      if (tuple === undefined) patternParts.push('A');
      else {
        optionIndices.set(i, tuple);
        patternParts.push('O');
      }
    }
    const pattern = patternParts.join('');
    const seen = new Set<ActionSpec>();
    const extras: string[] = [];

    const takeAction = (action: ActionSpec, args: string[]) => {
      seen.add(action);
      const value = this.getValues(action, args);
      switch (action.kind) {
        case 'store':
          values.set(action.dest, value);
          break;
        case 'store_true':
          values.set(action.dest, true);
          break;
        case 'store_false':
          values.set(action.dest, false);
          break;
        case 'store_const':
          values.set(action.dest, action.const ?? null);
          break;
        case 'version':
          throw new VersionRequested();
      }
    };

    const consumeOptional = (startIndex: number): number => {
      const [action, optionString, explicitArg] = optionIndices.get(startIndex) as OptionTuple;
      if (action === undefined) {
        extras.push(argStrings[startIndex]);
        return startIndex + 1;
      }
      if (explicitArg !== undefined) {
        const argCount = matchArgument(action, 'A');
        if (argCount === 1) {
          takeAction(action, [explicitArg]);
          return startIndex + 1;
        }
        if (argCount === 0 && optionString[1] !== '-' && explicitArg !== '') {
          throw new ArgumentError(action, `ignored explicit argument ${pyStrRepr(explicitArg)}`);
        }
        throw new ArgumentError(action, `ignored explicit argument ${pyStrRepr(explicitArg)}`);
      }
      const start = startIndex + 1;
      const argCount = matchArgument(action, pattern.slice(start));
      const stop = start + argCount;
      takeAction(action, argStrings.slice(start, stop));
      return stop;
    };

    const positionals = this.actions.filter((a) => a.optionStrings.length === 0);
    const consumePositionals = (startIndex: number): number => {
      const counts = matchArgumentsPartial(positionals, pattern.slice(startIndex));
      for (let i = 0; i < counts.length; i++) {
        const args = argStrings.slice(startIndex, startIndex + counts[i]);
        startIndex += counts[i];
        takeAction(positionals[i], args);
      }
      positionals.splice(0, counts.length);
      return startIndex;
    };

    let startIndex = 0;
    const indices = [...optionIndices.keys()];
    const maxOptionIndex = indices.length > 0 ? Math.max(...indices) : -1;
    while (startIndex <= maxOptionIndex) {
      const nextOptionIndex = Math.min(...indices.filter((index) => index >= startIndex));
      if (startIndex !== nextOptionIndex) {
        const positionalsEnd = consumePositionals(startIndex);
        if (positionalsEnd > startIndex) {
          startIndex = positionalsEnd;
          continue;
        }
        startIndex = positionalsEnd;
      }
      if (!optionIndices.has(startIndex)) {
        extras.push(...argStrings.slice(startIndex, nextOptionIndex));
        startIndex = nextOptionIndex;
      }
      startIndex = consumeOptional(startIndex);
    }
    const stopIndex = consumePositionals(startIndex);
    extras.push(...argStrings.slice(stopIndex));

    const missing = this.actions.filter((a) => !seen.has(a) && isRequired(a)).map(actionName);
    if (missing.length > 0) throw new ArgParseError(`the following arguments are required: ${missing.join(', ')}`);
    return extras;
  }

  private parseOptional(arg: string): OptionTuple | undefined {
    if (!arg || arg[0] !== '-') return undefined;
    const exact = this.optionActions.get(arg);
    if (exact) return [exact, arg, undefined];
    if (arg.length === 1) return undefined;
    if (arg.includes('=')) {
      const eq = arg.indexOf('=');
      const optionString = arg.slice(0, eq);
      const action = this.optionActions.get(optionString);
      if (action) return [action, optionString, arg.slice(eq + 1)];
    }
    const tuples = this.optionTuples(arg);
    if (tuples.length > 1) {
      const matches = tuples.map(([, option]) => option).join(', ');
      throw new ArgParseError(`ambiguous option: ${arg} could match ${matches}`);
    }
    if (tuples.length === 1) return tuples[0];
    if (NEGATIVE_NUMBER.test(arg)) return undefined;
    if (arg.includes(' ')) return undefined;
    return [undefined, arg, undefined];
  }

  private optionTuples(arg: string): OptionTuple[] {
    const result: OptionTuple[] = [];
    if (arg[1] === '-') {
      const eq = arg.indexOf('=');
      const prefix = eq >= 0 ? arg.slice(0, eq) : arg;
      const explicit = eq >= 0 ? arg.slice(eq + 1) : undefined;
      for (const [option, action] of this.optionActions) {
        if (option.startsWith(prefix)) result.push([action, option, explicit]);
      }
      return result;
    }
    const shortPrefix = arg.slice(0, 2);
    for (const [option, action] of this.optionActions) {
      if (option === shortPrefix) result.push([action, option, arg.slice(2)]);
      else if (option.startsWith(arg)) result.push([action, option, undefined]);
    }
    return result;
  }

  private getValues(action: ActionSpec, args: string[]): ParsedValue {
    const dashdash = args.indexOf('--');
    if (dashdash >= 0) args = [...args.slice(0, dashdash), ...args.slice(dashdash + 1)];
    if (args.length === 0 && action.nargs === '?') {
      const value = action.optionStrings.length > 0 ? (action.const ?? null) : (action.default ?? null);
      if (typeof value === 'string') {
        const converted = convertValue(action, value);
        checkValue(action, converted);
        return converted;
      }
      return value;
    }
    if (args.length === 0 && action.nargs === '*' && action.optionStrings.length === 0) {
      const value = action.default ?? [];
      checkValue(action, value);
      return value;
    }
    if (args.length === 1 && (action.nargs === 'one' || action.nargs === '?')) {
      const value = convertValue(action, args[0]);
      checkValue(action, value);
      return value;
    }
    const list = args.map((arg) => convertValue(action, arg));
    for (const value of list) checkValue(action, value);
    return list;
  }
}

/** argparse makes positionals required unless they may take no value. */
function isRequired(action: ActionSpec): boolean {
  if (action.optionStrings.length === 0) return action.nargs !== '?' && action.nargs !== '*';
  return action.required === true;
}

function defaultFor(action: ActionSpec): ParsedValue {
  if (action.kind === 'store_true') return false;
  if (action.kind === 'store_false') return true;
  return null;
}

function convertValue(action: ActionSpec, arg: string): ParsedValue {
  if (action.type === 'int') {
    const trimmed = arg.trim();
    if (!/^[+-]?\d+(?:_\d+)*$/.test(trimmed)) throw new ArgumentError(action, `invalid int value: ${pyStrRepr(arg)}`);
    return Number(trimmed.replace(/_/g, ''));
  }
  if (action.type === 'float') {
    const trimmed = arg.trim();
    const ok =
      /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/.test(trimmed) ||
      /^[+-]?(?:inf|infinity|nan)$/i.test(trimmed);
    if (!ok) throw new ArgumentError(action, `invalid float value: ${pyStrRepr(arg)}`);
    return arg;
  }
  return arg;
}

/** The CLI's `CLIArgParser._check_value`: its own "Invalid choice" text, two choices per line. */
function checkValue(action: ActionSpec, value: ParsedValue): void {
  if (action.choices === undefined || typeof value !== 'string') return;
  if (action.choices.includes(value)) return;
  throw new ArgumentError(action, invalidChoiceMessage(value, action.choices));
}

export function invalidChoiceMessage(value: string, choices: readonly string[]): string {
  const msg = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    msg.push(
      choices
        .slice(i, i + 2)
        .map((choice) => choice.padEnd(40))
        .join(' | '),
    );
  }
  const possible = getCloseMatches(value, choices, 3, 0.8);
  if (possible.length > 0) {
    msg.push(`\n\nInvalid choice: ${pyStrRepr(value)}, maybe you meant:\n`);
    for (const word of possible) msg.push(`  * ${word}`);
  }
  return msg.join('\n');
}

function nargsPattern(action: ActionSpec): string {
  let pattern: string;
  switch (action.nargs) {
    case 'one':
      pattern = '(-*A-*)';
      break;
    case '?':
      pattern = '(-*A?-*)';
      break;
    case '*':
      pattern = '(-*[A-]*)';
      break;
    case '+':
      pattern = '(-*A[A-]*)';
      break;
    default:
      pattern = '(-*-*)';
  }
  if (action.optionStrings.length > 0) pattern = pattern.replace(/-\*/g, '').replace(/-/g, '');
  return pattern;
}

function matchArgument(action: ActionSpec, pattern: string): number {
  const match = new RegExp(`^${nargsPattern(action)}`).exec(pattern);
  if (!match) {
    const messages: Partial<Record<string, string>> = {
      one: 'expected one argument',
      '?': 'expected at most one argument',
      '+': 'expected at least one argument',
    };
    throw new ArgumentError(action, messages[String(action.nargs)] ?? 'expected 0 arguments');
  }
  return match[1].length;
}

function matchArgumentsPartial(actions: readonly ActionSpec[], pattern: string): number[] {
  for (let i = actions.length; i > 0; i--) {
    const joined = actions
      .slice(0, i)
      .map(nargsPattern)
      .join('');
    const match = new RegExp(`^${joined}`).exec(pattern);
    if (match) return match.slice(1).map((group) => group.length);
  }
  return [];
}
