/**
 * The words of each simple command in a shell script, with where they are in the text: what the
 * editor's completion and warnings need. It follows the terminal's shell subset (quotes, escapes,
 * `\` continuations, comments, `$VAR`, `$(...)`, `;`, `&&`, `||`) but never fails: text it cannot
 * make sense of still yields words, marked so that nobody draws conclusions from them.
 */
export interface ShellWord {
  /** The word as typed, quotes included. */
  readonly raw: string;
  /** Offsets in the scanned text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The word after quote removal; `undefined` when it holds an expansion only the shell can resolve. */
  readonly value: string | undefined;
  /** An unquoted expansion or brace pattern: the shell may turn the word into several words, or none. */
  readonly mayExpand: boolean;
  /** The text ended inside one of its quotes or substitutions. */
  readonly unterminated: boolean;
}

export interface ShellCommandWords {
  readonly words: readonly ShellWord[];
  /** 0 at the top level, 1 inside `$(...)`, and so on. */
  readonly depth: number;
}

export interface ShellScan {
  /** Every simple command that has words, outer commands before the substitutions inside them. */
  readonly commands: readonly ShellCommandWords[];
  /** The command the end of the text is in (innermost), possibly without words yet. */
  readonly commandAtEnd: ShellCommandWords;
}

const WORD_BREAK = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '<', '>', '(', ')']);
const SPECIAL_PARAMETER = /[0-9@*#?$!-]/;
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const BRACE_PATTERN = /\{[^{}\s]*(?:,|\.\.)[^{}\s]*\}/;

interface WordState {
  value: string;
  /** The unquoted characters, to spot brace expansion. */
  unquoted: string;
  hasExpansion: boolean;
  mayExpand: boolean;
  unterminated: boolean;
}

class ShellWordScanner {
  private pos = 0;
  private readonly found: ShellCommandWords[] = [];
  private atEnd: ShellCommandWords | undefined;

  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {}

  scan(): ShellScan {
    this.scanList(0, false);
    return { commands: this.found, commandAtEnd: this.atEnd ?? { words: [], depth: 0 } };
  }

  /** Commands until the end of the text or, inside `$(`, the closing parenthesis: true if it was found. */
  private scanList(depth: number, untilParen: boolean): boolean {
    let words: ShellWord[] = [];
    // Reserve the command's place so outer commands are listed before the substitutions in their words.
    let slot = this.found.length;
    const finish = () => {
      if (words.length > 0) this.found.splice(slot, 0, { words, depth });
      words = [];
      slot = this.found.length;
    };
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
      } else if (c === '\\' && this.text[this.pos + 1] === '\n') {
        this.pos += 2;
      } else if (c === '\n' || c === ';' || c === '&' || c === '|' || c === '(') {
        finish();
        this.pos++;
      } else if (c === ')') {
        finish();
        this.pos++;
        if (untilParen) return true;
      } else if (c === '#') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else if (c === '<' || c === '>') {
        this.skipRedirection(words, depth);
      } else {
        const word = this.scanWord(depth);
        words.push(word);
        // A substitution left open swallowed the rest of the text: its command is the one at the end.
        if (word.unterminated && this.pos >= this.text.length) {
          this.atEnd ??= { words, depth };
        }
      }
    }
    this.atEnd ??= { words, depth };
    finish();
    return false;
  }

  /** `>file`, `2>/dev/null`, `>> log`, `2>&1`: neither the operator nor its target is an argument. */
  private skipRedirection(words: ShellWord[], depth: number): void {
    const fd = words.at(-1);
    if (fd && fd.end === this.base + this.pos && /^\d+$/.test(fd.raw)) words.pop();
    while (this.pos < this.text.length && '<>&|'.includes(this.text[this.pos])) this.pos++;
    while (this.pos < this.text.length && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
    if (this.pos < this.text.length && !WORD_BREAK.has(this.text[this.pos])) this.scanWord(depth);
  }

  private scanWord(depth: number): ShellWord {
    const start = this.pos;
    const state: WordState = { value: '', unquoted: '', hasExpansion: false, mayExpand: false, unterminated: false };
    while (this.pos < this.text.length && !state.unterminated) {
      const c = this.text[this.pos];
      if (WORD_BREAK.has(c)) break;
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === undefined) {
          this.pos++;
        } else {
          if (next !== '\n') state.value += next;
          this.pos += 2;
        }
      } else if (c === "'") {
        const close = this.text.indexOf("'", this.pos + 1);
        if (close < 0) {
          state.value += this.text.slice(this.pos + 1);
          state.unterminated = true;
          this.pos = this.text.length;
        } else {
          state.value += this.text.slice(this.pos + 1, close);
          this.pos = close + 1;
        }
      } else if (c === '"') {
        this.scanDoubleQuoted(state, depth);
      } else if (c === '$' || c === '`') {
        this.scanExpansion(state, depth, false);
      } else {
        state.value += c;
        state.unquoted += c;
        this.pos++;
      }
    }
    return {
      raw: this.text.slice(start, this.pos),
      start: this.base + start,
      end: this.base + this.pos,
      value: state.hasExpansion ? undefined : state.value,
      mayExpand: state.mayExpand || BRACE_PATTERN.test(state.unquoted),
      unterminated: state.unterminated,
    };
  }

  private scanDoubleQuoted(state: WordState, depth: number): void {
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next !== undefined && '$`"\\'.includes(next)) {
          state.value += next;
          this.pos += 2;
        } else {
          state.value += c;
          this.pos++;
        }
      } else if (c === '$' || c === '`') {
        this.scanExpansion(state, depth, true);
        if (state.unterminated) return;
      } else {
        state.value += c;
        this.pos++;
      }
    }
    state.unterminated = true;
  }

  /** `$NAME`, `${...}`, `$(...)` (whose commands are scanned too) or a backquoted command. */
  private scanExpansion(state: WordState, depth: number, quoted: boolean): void {
    const c = this.text[this.pos];
    const next = this.text[this.pos + 1] ?? '';
    const expand = () => {
      state.hasExpansion = true;
      if (!quoted) state.mayExpand = true;
    };
    if (c === '`') {
      const close = this.text.indexOf('`', this.pos + 1);
      expand();
      if (close < 0) {
        state.unterminated = true;
        this.pos = this.text.length;
      } else this.pos = close + 1;
    } else if (next === '(') {
      expand();
      this.pos += 2;
      if (!this.scanList(depth + 1, true)) state.unterminated = true;
    } else if (next === '{') {
      const close = this.text.indexOf('}', this.pos + 2);
      expand();
      if (close < 0) {
        state.unterminated = true;
        this.pos = this.text.length;
      } else this.pos = close + 1;
    } else if (NAME_START.test(next)) {
      expand();
      this.pos += 2;
      while (this.pos < this.text.length && NAME_CHAR.test(this.text[this.pos])) this.pos++;
    } else if (next !== '' && SPECIAL_PARAMETER.test(next)) {
      expand();
      this.pos += 2;
    } else {
      state.value += '$';
      if (!quoted) state.unquoted += '$';
      this.pos++;
    }
  }
}

/** Scans `text`; offsets in the result are `base` plus the position in `text`. */
export function scanShellWords(text: string, base = 0): ShellScan {
  return new ShellWordScanner(text, base).scan();
}

const RESERVED_PREFIXES = new Set(['do', 'then', 'else', 'elif', '!', '{', 'time']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The words from the program name on: without `X=1` assignments or a leading `do`/`then`. */
export function programWords(words: readonly ShellWord[]): readonly ShellWord[] {
  let index = 0;
  while (index < words.length && (RESERVED_PREFIXES.has(words[index].raw) || ASSIGNMENT.test(words[index].raw))) index++;
  return words.slice(index);
}
