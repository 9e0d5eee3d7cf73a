import { ArgParseError, ArgParser, VersionRequested, type ActionSpec, type Nargs } from '../../cli/argparse/arg-parser';
import type { CliCommandOption, CliOptionArity } from '../api/cli-catalog-types';
import type { ShellWord } from './shell-words';

/**
 * One argument of an `aws` command line as the editor knows it: a shell word, or a stand-in for a
 * value the shell only knows when it runs (`$X`, `$(...)`) or the learner has yet to type.
 */
export interface ArgvItem {
  readonly value: string;
  readonly word?: ShellWord;
  /** Its real value is unknown: never report it, and never conclude from it. */
  readonly opaque: boolean;
  /** May become several words or none when the shell expands it. */
  readonly mayExpand: boolean;
}

export type PositionedParse =
  | {
      readonly kind: 'parsed';
      /** What the parser left over, in command-line order. */
      readonly extras: readonly ArgvItem[];
      /** The item each positional took (`null` when it took none). */
      readonly positionals: ReadonlyMap<string, ArgvItem | null>;
      /** Destinations the command line gave a value. */
      readonly given: ReadonlySet<string>;
    }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'version' };

/**
 * Runs the CLI's own argparse (the emulator's, which the terminal uses) over `items`, and says which
 * items it left over. The parser only returns strings, so it runs twice: once on the real values
 * for its verdict and exact error text, once with every plain word replaced by a unique token
 * (option-like words kept, since matching depends on them; choices and conversions dropped, since
 * they only decide errors the first run already reported), which tells the items apart.
 */
export function parseItems(actions: readonly ActionSpec[], items: readonly ArgvItem[]): PositionedParse {
  try {
    new ArgParser(actions.map(withoutRequired)).parseKnownArgs(items.map((item) => item.value));
  } catch (error) {
    if (error instanceof VersionRequested) return { kind: 'version' };
    if (error instanceof ArgParseError) return { kind: 'error', message: error.message };
    throw error;
  }
  const tokens = items.map((item, index) => (item.value.startsWith('-') ? item.value : tokenFor(index)));
  const byToken = new Map(tokens.map((token, index) => [token, index]));
  const { values, extras } = new ArgParser(actions.map(positionOnly)).parseKnownArgs(tokens);

  const extraItems: ArgvItem[] = [];
  let searchFrom = 0;
  for (const extra of extras) {
    // Extras keep the command line's order, so each is the next item with its text.
    let index = searchFrom;
    while (index < tokens.length && tokens[index] !== extra) index++;
    if (index >= tokens.length) continue;
    extraItems.push(items[index]);
    searchFrom = index + 1;
  }
  const positionals = new Map<string, ArgvItem | null>();
  const given = new Set<string>();
  for (const action of actions) {
    const value = values.get(action.dest);
    if (action.optionStrings.length === 0) {
      const index = typeof value === 'string' ? byToken.get(value) : undefined;
      positionals.set(action.dest, index === undefined ? null : items[index]);
    } else if (value !== null && value !== undefined && value !== false) {
      given.add(action.dest);
    }
  }
  return { kind: 'parsed', extras: extraItems, positionals, given };
}

function tokenFor(index: number): string {
  return `\u0001${index}`;
}

function withoutRequired(action: ActionSpec): ActionSpec {
  return action.required ? { ...action, required: false } : action;
}

function positionOnly(action: ActionSpec): ActionSpec {
  const { dest, optionStrings, nargs, kind } = action;
  return { dest, optionStrings, nargs, kind, ...(action.const !== undefined ? { const: action.const } : {}), ...(action.default !== undefined ? { default: action.default } : {}) };
}

const NARGS: Readonly<Record<CliOptionArity, Nargs>> = { none: 0, one: 'one', optional: '?', list: '*' };

/** The parser actions for catalog options; each option string is its own destination. */
export function actionsForOptions(options: readonly CliCommandOption[]): ActionSpec[] {
  return options.map((option) => ({
    dest: option.name,
    optionStrings: [option.name],
    nargs: NARGS[option.arity],
    kind: option.name === '--version' ? 'version' : option.arity === 'none' ? 'store_true' : 'store',
    required: option.required,
    ...(option.choices ? { choices: option.choices } : {}),
    ...(option.valueType ? { type: option.valueType } : {}),
  }));
}

/** A positional that may be absent (the editor reports a missing one itself, in its own words). */
export function optionalPositional(dest: string): ActionSpec {
  return { dest, optionStrings: [], nargs: '?', kind: 'store' };
}
