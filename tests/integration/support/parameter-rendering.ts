import { dump as dumpYaml } from 'js-yaml';
import type { BotocoreShape } from './real-cli-request-builder';
import { SHORTHAND_KEY_CHARS, type ModelValue } from './model-value-arbitrary';

/**
 * Spells a parameter value the ways a learner may type it: shorthand (awscli/shorthand.py's
 * grammar, quoting and escaping where a character needs it), JSON, or a --cli-input document.
 */
export interface ShorthandStyle {
  /** Quote character for values that need quoting. */
  readonly quote: '"' | "'";
  /** Quote every scalar, even those that need no quotes. */
  readonly quoteAll: boolean;
  /** Write `,` inside unquoted values as `\,` instead of quoting them. */
  readonly escapeCommas: boolean;
  /** Lists of scalars inside a top-level structure as `Values=a,b` rather than `Values=[a,b]`. */
  readonly csvLists: boolean;
  /** Whitespace after `,` and around `=` (the grammar skips it). */
  readonly spaced: boolean;
}

export interface JsonStyle {
  readonly indent: boolean;
  /** `\uXXXX` escapes for everything outside ASCII. */
  readonly asciiOnly: boolean;
}

/** Python's str.isspace() characters (`\s` in its regexes, what `rstrip()` strips). */
const PY_SPACE = /^[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

type Position = 'first' | 'second';

/** shorthand.py's `_START_WORD`: what may open an unquoted value. */
function startsWord(ch: string): boolean {
  const cp = ch.codePointAt(0) as number;
  return cp > 0x20 && cp <= 0xffff && !'"\',=[{'.includes(ch);
}

/** `_FIRST_FOLLOW_CHARS` / `_SECOND_FOLLOW_CHARS`: what may continue it. */
function followsWord(ch: string, position: Position): boolean {
  const cp = ch.codePointAt(0) as number;
  if (cp > 0xffff || '"\','.includes(ch)) return false;
  if (PY_SPACE.test(ch)) return true;
  if (cp <= 0x20) return false;
  return position === 'first' ? !']}'.includes(ch) : ch !== '=';
}

/** Whether `text` survives unquoted: every character allowed, nothing stripped, no backslash next to a comma. */
function unquotedSafe(text: string, position: Position, escapeCommas: boolean): boolean {
  const chars = [...text];
  if (chars.length === 0) return false;
  if (text.includes(',') && (!escapeCommas || text.includes('\\'))) return false;
  if (text.endsWith('\\') || PY_SPACE.test(chars[chars.length - 1])) return false;
  const isAllowed = (ch: string, i: number) => ch === ',' || (i === 0 ? startsWord(ch) : followsWord(ch, position));
  return chars.every(isAllowed);
}

function quoted(text: string, quote: '"' | "'"): string {
  return `${quote}${text.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`)}${quote}`;
}

function scalarText(value: ModelValue): string {
  return typeof value === 'string' ? value : String(value);
}

function isScalar(value: ModelValue): value is string | number | boolean {
  return typeof value !== 'object';
}

function scalar(value: ModelValue, position: Position, style: ShorthandStyle): string {
  const text = scalarText(value);
  if (!style.quoteAll && unquotedSafe(text, position, style.escapeCommas)) return text.replace(/,/g, '\\,');
  return quoted(text, style.quote);
}

function validKey(key: string): boolean {
  return key.length > 0 && [...key].every((ch) => SHORTHAND_KEY_CHARS.includes(ch));
}

/** A value inside `[...]` or `{...}`. */
function explicitValue(value: ModelValue, style: ShorthandStyle): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map((item: ModelValue) => explicitValue(item, style));
    return items.every((item) => item !== undefined) ? `[${items.join(style.spaced ? ', ' : ',')}]` : undefined;
  }
  if (isScalar(value)) return scalar(value, 'first', style);
  const entries = Object.entries(value);
  if (!entries.every(([key]) => validKey(key))) return undefined;
  const parts = entries.map(([key, item]) => [key, explicitValue(item, style)] as const);
  if (parts.some(([, item]) => item === undefined)) return undefined;
  return `{${parts.map(([key, item]) => `${key}=${item}`).join(style.spaced ? ', ' : ',')}}`;
}

/** A value right after `key=` at the top level, where a bare `a,b` is a list. */
function topLevelValue(value: ModelValue, style: ShorthandStyle): string | undefined {
  if (Array.isArray(value) && style.csvLists && value.length > 0 && value.every(isScalar)) {
    return value.map((item: ModelValue, i: number) => scalar(item, i === 0 ? 'first' : 'second', style)).join(',');
  }
  return isScalar(value) ? scalar(value, 'first', style) : explicitValue(value, style);
}

/** `Key=a,Value=b`: one structure or map as one command-line word. */
function shorthandWord(value: ModelValue, style: ShorthandStyle): string | undefined {
  if (isScalar(value) || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([key]) => validKey(key))) return undefined;
  const parts: string[] = [];
  for (const [key, item] of entries) {
    const rendered = topLevelValue(item, style);
    if (rendered === undefined) return undefined;
    parts.push(style.spaced ? `${key} = ${rendered}` : `${key}=${rendered}`);
  }
  return parts.join(style.spaced ? ', ' : ',');
}

/**
 * The command-line words of a parameter in shorthand, or undefined where shorthand cannot say it
 * (an empty structure or list, a map key outside the key characters). Lists of scalars are plain
 * words; lists of structures one shorthand word per element.
 */
export function shorthandWords(value: ModelValue, shape: BotocoreShape, style: ShorthandStyle): string[] | undefined {
  if (shape.type === 'list') {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    if (value.every(isScalar)) return value.map(scalarText);
    const words = value.map((item: ModelValue) => shorthandWord(item, style));
    return words.every((word): word is string => word !== undefined) ? words : undefined;
  }
  const word = shorthandWord(value, style);
  return word === undefined ? undefined : [word];
}

/** The parameter as one JSON word. */
export function jsonWord(value: unknown, style: JsonStyle): string {
  const text = JSON.stringify(value, null, style.indent ? 2 : undefined);
  return style.asciiOnly ? text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

/**
 * A `--cli-input-yaml` document, every string quoted: js-yaml and the CLI's ruamel.yaml resolve
 * some plain scalars differently (`1e400`, `1_000`, `0b11`, dates), which is YAML's business, not
 * the parameter's.
 */
export function yamlDocument(value: Record<string, ModelValue>): string {
  return dumpYaml(value, { forceQuotes: true });
}

/** A slip of the keyboard: a character inserted, deleted or replaced at a position (taken modulo the word's length). */
export interface Typo {
  readonly at: number;
  readonly kind: 'insert' | 'delete' | 'replace';
  readonly char: string;
}

/** The characters typos bring in: the grammar's own, a letter, a newline, a non-BMP character. */
export const TYPO_CHARS = [',', '=', '[', ']', '{', '}', '\\', '"', "'", ' ', ':', 'x', '\n', '😀'];

/** `word` with the typos applied in order (positions count code points). */
export function withTypos(word: string, typos: readonly Typo[]): string {
  const chars = [...word];
  for (const typo of typos) {
    const at = typo.at % (chars.length + 1);
    if (typo.kind === 'insert') chars.splice(at, 0, typo.char);
    else if (at < chars.length) chars.splice(at, 1, ...(typo.kind === 'replace' ? [typo.char] : []));
  }
  return chars.join('');
}
