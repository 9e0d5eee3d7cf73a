import type { PyDict, PyValue } from '../python/py-value';
import { PY_WHITESPACE_CLASS, pyRstrip } from '../python/py-whitespace';

/**
 * The CLI's shorthand syntax (awscli/shorthand.py, `ShorthandParser`): `Key=env,Value=prod`,
 * `a=b,c` (a list), `Values=[x,y]`, `Cfg={A=1,B=[x]}`, quoted values with `\"` escapes. Purely
 * syntactic: the model-driven conversions live in `shorthand-visitor.ts`.
 */
export class ShorthandParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShorthandParseError';
  }
}

/** Python's error location: columns count code points (an astral character is one column). */
function errorLocation(value: string, index: number): string {
  const chars = [...value];
  const at = [...value.slice(0, index)].length;
  let consumed = value;
  let remaining = '';
  let numSpaces = at;
  const lastNewline = chars.slice(0, at).lastIndexOf('\n');
  if (lastNewline >= 0) numSpaces = at - lastNewline - 1;
  const nextNewline = chars.indexOf('\n', at);
  if (nextNewline >= 0) {
    consumed = chars.slice(0, nextNewline).join('');
    remaining = chars.slice(nextNewline).join('');
  }
  return `${consumed}\n${' '.repeat(numSpaces)}^${remaining}`;
}

export class ShorthandSyntaxError extends ShorthandParseError {
  constructor(value: string, expected: string, actual: string, index: number) {
    super(`Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(value, index)}`);
  }
}

class DuplicateKeyError extends ShorthandParseError {
  constructor(key: string, value: string, index: number) {
    super(
      `Second instance of key "${key}" encountered for input:\n${errorLocation(value, index)}\n` +
        'This is often because there is a preceding "," instead of a space.',
    );
  }
}

// shorthand.py's character classes. Python matches code points, so nothing past U+FFFF is a word
// character (the `u` flag below), and its `\s` is Python's whitespace, not JavaScript's.
const START_WORD = '!#-&(-+\\--<>-Z\\\\-z|-\\uffff';
const FIRST_FOLLOW = `${PY_WHITESPACE_CLASS}!#-&(-+\\--\\\\^-|~-\\uffff`;
const SECOND_FOLLOW = `${PY_WHITESPACE_CLASS}!#-&(-+\\--<>-\\uffff`;
const ESCAPED_COMMA = '(\\\\,)';

interface NamedRegex {
  readonly name: string;
  readonly regex: RegExp;
}

const SINGLE_QUOTED: NamedRegex = { name: 'singled quoted', regex: /'(?:\\\\|\\'|[^'])*'/y };
const DOUBLE_QUOTED: NamedRegex = { name: 'double quoted', regex: /"(?:\\\\|\\"|[^"])*"/y };
const FIRST_VALUE: NamedRegex = {
  name: 'first',
  regex: new RegExp(`(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW}])*`, 'uy'),
};
const SECOND_VALUE: NamedRegex = {
  name: 'second',
  regex: new RegExp(`(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW}])*`, 'uy'),
};
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
/** Python's `string.whitespace`. */
const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\x0b', '\x0c']);

export function parseShorthand(value: string): PyDict {
  return new ShorthandParser(value).parse();
}

class ShorthandParser {
  private index = 0;

  constructor(private readonly input: string) {}

  parse(): PyDict {
    return this.parameter();
  }

  private parameter(): PyDict {
    const params: PyDict = {};
    const [firstKey, firstValue] = this.keyval();
    params[firstKey] = firstValue;
    let lastIndex = this.index;
    while (this.index < this.input.length) {
      this.expect(',', true);
      const [key, val] = this.keyval();
      if (Object.prototype.hasOwnProperty.call(params, key)) throw new DuplicateKeyError(key, this.input, lastIndex + 1);
      params[key] = val;
      lastIndex = this.index;
    }
    return params;
  }

  private keyval(): [string, PyValue] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  private key(): string {
    const start = this.index;
    while (!this.atEof() && KEY_CHARS.test(this.input[this.index])) this.index++;
    return this.input.slice(start, this.index);
  }

  private values(): PyValue {
    if (this.atEof()) return '';
    const c = this.input[this.index];
    if (c === '[') return this.explicitList();
    if (c === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): PyValue {
    const firstValue = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.input[this.index] !== ',') return firstValue;
    this.expect(',', true);
    const csvList: PyValue[] = [firstValue];
    for (;;) {
      try {
        const current = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          csvList.push(current);
          break;
        }
        this.expect(',', true);
        csvList.push(current);
      } catch (error) {
        if (!(error instanceof ShorthandSyntaxError)) throw error;
        if (this.atEof()) throw error;
        this.backtrackTo(',');
        break;
      }
    }
    if (csvList.length === 1) return firstValue;
    return csvList;
  }

  private value(): string {
    const consumed = this.consumeRegex(FIRST_VALUE);
    return consumed === undefined ? '' : pyRstrip(consumed.replace(/\\,/g, ','));
  }

  private explicitList(): PyValue[] {
    this.expect('[', true);
    const values: PyValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValues());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return values;
  }

  private explicitValues(): PyValue {
    const c = this.current();
    if (c === '[') return this.explicitList();
    if (c === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private hashLiteral(): PyDict {
    this.expect('{', true);
    const keyvals: PyDict = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const v = this.explicitValues();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      keyvals[key] = v;
    }
    this.expect('}');
    return keyvals;
  }

  private firstValue(): string {
    const c = this.current();
    if (c === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (c === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return this.value();
  }

  private secondValue(): string {
    const c = this.current();
    if (c === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (c === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return pyRstrip(this.mustConsumeRegex(SECOND_VALUE).replace(/\\,/g, ','));
  }

  private quoted(regex: NamedRegex, escapedChar: string): string {
    const value = this.mustConsumeRegex(regex).slice(1, -1);
    return value.split(`\\${escapedChar}`).join(escapedChar).split('\\\\').join('\\');
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.index >= this.input.length) throw new ShorthandSyntaxError(this.input, char, 'EOF', this.index);
    const actual = String.fromCodePoint(this.input.codePointAt(this.index) as number);
    if (actual !== char) throw new ShorthandSyntaxError(this.input, char, actual, this.index);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private consumeRegex(named: NamedRegex): string | undefined {
    named.regex.lastIndex = this.index;
    const match = named.regex.exec(this.input);
    if (!match) return undefined;
    this.index += match[0].length;
    return match[0];
  }

  private mustConsumeRegex(named: NamedRegex): string {
    const consumed = this.consumeRegex(named);
    if (consumed === undefined) throw new ShorthandSyntaxError(this.input, `<${named.name}>`, '<none>', this.index);
    return consumed;
  }

  /** The character at the cursor, or undefined at the end (Python's `_EOF`). */
  private current(): string | undefined {
    return this.index < this.input.length ? this.input[this.index] : undefined;
  }

  private atEof(): boolean {
    return this.index >= this.input.length;
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.input[this.index] !== char) this.index--;
  }

  private consumeWhitespace(): void {
    while (!this.atEof() && WHITESPACE.has(this.input[this.index])) this.index++;
  }
}
