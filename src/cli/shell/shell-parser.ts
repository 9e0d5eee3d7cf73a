import type { AndOrList, Assignment, Command, CommandList, Word, WordPart } from './shell-ast';
import { ShellSyntaxError } from './shell-errors';

/** Characters that end an unquoted word. */
const METACHARS = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** Compound commands we recognise but do not run; they abort the whole script before anything runs. */
const UNSUPPORTED_KEYWORDS: Record<string, string> = {
  if: '`if` statements are',
  then: '`if` statements are',
  while: '`while` loops are',
  until: '`until` loops are',
  case: '`case` statements are',
  function: 'shell functions are',
  select: '`select` is',
  '{': 'command groups ({ ... }) are',
  '[[': '`[[ ... ]]` tests are',
};

/** Parses a terminal input (one or many lines) into a command list. */
export function parseShell(source: string): CommandList {
  const parser = new ShellParser(source);
  const list = parser.parseList(new Set(), false);
  parser.expectEnd();
  return list;
}

class ShellParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  expectEnd(): void {
    this.skipBlanks();
    if (this.pos < this.src.length) throw this.unexpected(this.src[this.pos]);
  }

  parseList(stopWords: ReadonlySet<string>, insideSubstitution: boolean): CommandList {
    const list: AndOrList[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.pos >= this.src.length) break;
      const c = this.src[this.pos];
      if (c === '\n' || c === ';') {
        if (c === ';' && this.src[this.pos + 1] === ';') throw this.unexpected(';;');
        if (c === ';' && list.length === 0) throw this.unexpected(';');
        this.pos++;
        continue;
      }
      if (c === ')') {
        if (insideSubstitution) break;
        throw this.unexpected(')');
      }
      const keyword = this.peekKeyword();
      if (keyword !== undefined && stopWords.has(keyword)) break;
      if (keyword === 'do' || keyword === 'done' || keyword === 'in' || keyword === 'fi' || keyword === 'esac') {
        throw this.unexpected(keyword);
      }
      list.push(this.parseAndOr());
      this.skipBlanks();
      const next = this.src[this.pos];
      if (next === '&') {
        this.pos++;
        list[list.length - 1] = { first: { kind: 'unsupported', feature: 'background jobs (&) are' }, rest: [] };
      }
    }
    return list;
  }

  private parseAndOr(): AndOrList {
    const first = this.parsePipeline();
    const rest: Array<{ op: '&&' | '||'; command: Command }> = [];
    for (;;) {
      this.skipBlanks();
      const two = this.src.slice(this.pos, this.pos + 2);
      if (two !== '&&' && two !== '||') break;
      this.pos += 2;
      this.skipBlanksAndNewlines();
      if (this.pos >= this.src.length) throw new ShellSyntaxError('bash: syntax error: unexpected end of file');
      rest.push({ op: two, command: this.parsePipeline() });
    }
    return { first, rest };
  }

  private parsePipeline(): Command {
    let command = this.parseCommand();
    for (;;) {
      this.skipBlanks();
      if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|') break;
      this.pos++;
      this.skipBlanksAndNewlines();
      this.parseCommand();
      command = { kind: 'unsupported', feature: 'pipes (|) are' };
    }
    return command;
  }

  private parseCommand(): Command {
    this.skipBlanks();
    const keyword = this.peekKeyword();
    if (keyword === 'for') return this.parseFor();
    if (keyword !== undefined && keyword in UNSUPPORTED_KEYWORDS) {
      throw new ShellSyntaxError(`bash: ${UNSUPPORTED_KEYWORDS[keyword]} not supported in this sandboxed terminal`);
    }
    const c = this.src[this.pos];
    if (c === '(') {
      throw new ShellSyntaxError(
        this.src[this.pos + 1] === '('
          ? 'bash: arithmetic commands ((( ... ))) are not supported in this sandboxed terminal'
          : 'bash: subshells ( ... ) are not supported in this sandboxed terminal',
      );
    }
    return this.parseSimpleCommand();
  }

  private parseSimpleCommand(): Command {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    let unsupported: string | undefined;
    for (;;) {
      this.skipBlanks();
      if (this.pos >= this.src.length) break;
      const c = this.src[this.pos];
      if (c === '\n' || c === ';' || c === '|' || c === '&' || c === ')') {
        if (c === '&' && this.src[this.pos + 1] === '>') {
          unsupported = this.skipRedirection();
          continue;
        }
        break;
      }
      if (c === '(') throw this.unexpected('(');
      if (this.atRedirection()) {
        unsupported = this.skipRedirection();
        continue;
      }
      if (c === '#' && words.length === 0 && assignments.length === 0) {
        this.skipComment();
        continue;
      }
      const word = this.readWord();
      const first = word.parts[0];
      const assignment = words.length === 0 && first?.kind === 'literal' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
      if (assignment) {
        const remainder = first.kind === 'literal' ? first.text.slice(assignment[0].length) : '';
        const valueParts: WordPart[] = [];
        if (remainder) valueParts.push({ kind: 'literal', text: remainder, quoted: false });
        valueParts.push(...word.parts.slice(1));
        assignments.push({ name: assignment[1], value: { parts: valueParts, raw: word.raw.slice(assignment[0].length) } });
      } else words.push(word);
    }
    if (unsupported) return { kind: 'unsupported', feature: unsupported };
    if (words.length === 0 && assignments.length === 0) {
      const c = this.src[this.pos];
      throw this.unexpected(c === undefined ? 'newline' : c === '\n' ? 'newline' : c === '&' || c === '|' ? this.src.slice(this.pos, this.pos + 2).replace(/[^&|]/g, '') : c);
    }
    return { kind: 'simple', assignments, words };
  }

  private parseFor(): Command {
    this.readWord();
    this.skipBlanks();
    const nameWord = this.readWord();
    const name = nameWord.raw;
    if (!NAME.test(name)) throw new ShellSyntaxError(`bash: \`${name}': not a valid identifier`);
    this.skipBlanks();
    let items: Word[] | undefined;
    if (this.src[this.pos] === ';') this.pos++;
    this.skipBlanksAndNewlines();
    if (this.peekKeyword() === 'in') {
      this.readWord();
      items = [];
      for (;;) {
        this.skipBlanks();
        const c = this.src[this.pos];
        if (c === undefined) throw new ShellSyntaxError('bash: syntax error: unexpected end of file');
        if (c === ';' || c === '\n') {
          this.pos++;
          break;
        }
        if (METACHARS.has(c)) throw this.unexpected(c);
        items.push(this.readWord());
      }
    }
    this.skipSeparators();
    if (this.peekKeyword() !== 'do') {
      if (this.pos >= this.src.length) throw new ShellSyntaxError('bash: syntax error: unexpected end of file');
      throw this.unexpected(this.peekRawWord() ?? this.src[this.pos]);
    }
    this.readWord();
    const body = this.parseList(new Set(['done']), false);
    if (this.peekKeyword() !== 'done') throw new ShellSyntaxError('bash: syntax error: unexpected end of file');
    if (body.length === 0) throw this.unexpected('done');
    this.readWord();
    return { kind: 'for', variable: name, items, body };
  }

  private atRedirection(): boolean {
    const rest = this.src.slice(this.pos, this.pos + 4);
    return /^(\d*[<>])/.test(rest);
  }

  private skipRedirection(): string {
    const match = /^(?:\d*|&)(<<<|<<-?|>>|>&|<&|>\||<>|[<>])/.exec(this.src.slice(this.pos));
    const op = match ? match[0] : this.src[this.pos];
    this.pos += op.length;
    if (op.endsWith('<<') || op.endsWith('<<-')) {
      throw new ShellSyntaxError('bash: here-documents (<<) are not supported in this sandboxed terminal');
    }
    this.skipBlanks();
    const c = this.src[this.pos];
    if (c === undefined || METACHARS.has(c)) throw this.unexpected(c === undefined || c === '\n' ? 'newline' : c);
    this.readWord();
    return op.includes('<') ? 'input redirection (<) is' : 'output redirection (>) is';
  }

  private skipSeparators(): void {
    for (;;) {
      this.skipBlanks();
      const c = this.src[this.pos];
      if (c === ';' || c === '\n') this.pos++;
      else return;
    }
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#' && this.atWordStart()) this.skipComment();
      else return;
    }
  }

  private atWordStart(): boolean {
    const prev = this.src[this.pos - 1];
    return prev === undefined || METACHARS.has(prev);
  }

  private skipBlanksAndNewlines(): void {
    for (;;) {
      this.skipBlanks();
      if (this.src[this.pos] === '\n') this.pos++;
      else return;
    }
  }

  private skipComment(): void {
    while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
  }

  private peekRawWord(): string | undefined {
    const saved = this.pos;
    try {
      const c = this.src[this.pos];
      if (c === undefined || METACHARS.has(c)) return undefined;
      return this.readWord().raw;
    } catch {
      return undefined;
    } finally {
      this.pos = saved;
    }
  }

  /** The next word if it is a plain unquoted literal (a candidate reserved word). */
  private peekKeyword(): string | undefined {
    const saved = this.pos;
    try {
      const c = this.src[this.pos];
      if (c === undefined || (METACHARS.has(c) && c !== '(')) return undefined;
      if (c === '(') return undefined;
      const word = this.readWord();
      if (word.parts.length !== 1) return undefined;
      const part = word.parts[0];
      return part.kind === 'literal' && !part.quoted ? part.text : undefined;
    } catch {
      return undefined;
    } finally {
      this.pos = saved;
    }
  }

  private unexpected(token: string): ShellSyntaxError {
    return new ShellSyntaxError(`bash: syntax error near unexpected token \`${token}'`);
  }

  readWord(): Word {
    const start = this.pos;
    const parts: WordPart[] = [];
    const pushLiteral = (text: string, quoted: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.kind === 'literal' && last.quoted === quoted) {
        parts[parts.length - 1] = { kind: 'literal', text: last.text + text, quoted };
      } else parts.push({ kind: 'literal', text, quoted });
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (METACHARS.has(c)) break;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next === undefined) {
          pushLiteral('\\', false);
          this.pos++;
        } else {
          pushLiteral(next, true);
          this.pos += 2;
        }
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `''");
        pushLiteral(this.src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted(parts, pushLiteral);
      } else if (c === '$') {
        if (this.src[this.pos + 1] === "'") {
          this.pos += 2;
          pushLiteral(this.readAnsiCQuoted(), true);
        } else if (this.src[this.pos + 1] === '"') {
          this.pos += 2;
          this.readDoubleQuoted(parts, pushLiteral);
        } else {
          const part = this.readDollar(false);
          if (part) parts.push(part);
          else pushLiteral('$', false);
        }
      } else if (c === '`') {
        parts.push(this.readBackquoted(false));
      } else {
        pushLiteral(c, false);
        this.pos++;
      }
    }
    if (parts.length === 0 && this.pos === start) throw this.unexpected(this.src[this.pos] ?? 'newline');
    return { parts, raw: this.src.slice(start, this.pos) };
  }

  private readDoubleQuoted(parts: WordPart[], pushLiteral: (text: string, quoted: boolean) => void): void {
    let sawContent = false;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new ShellSyntaxError('bash: unexpected EOF while looking for matching `"\'');
      if (c === '"') {
        this.pos++;
        if (!sawContent) pushLiteral('', true);
        return;
      }
      sawContent = true;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next === '$' || next === '`' || next === '"' || next === '\\') {
          pushLiteral(next, true);
          this.pos += 2;
        } else {
          pushLiteral('\\', true);
          this.pos++;
        }
      } else if (c === '$') {
        const part = this.readDollar(true);
        if (part) parts.push(part);
        else pushLiteral('$', true);
      } else if (c === '`') {
        parts.push(this.readBackquoted(true));
      } else {
        pushLiteral(c, true);
        this.pos++;
      }
    }
  }

  private readAnsiCQuoted(): string {
    let out = '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `''");
      this.pos++;
      if (c === "'") return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = this.src[this.pos];
      if (next !== undefined && next in simple) {
        out += simple[next];
        this.pos++;
      } else if (next === 'x') {
        const hex = /^[0-9a-fA-F]{1,2}/.exec(this.src.slice(this.pos + 1));
        out += hex ? String.fromCharCode(parseInt(hex[0], 16)) : '\\x';
        this.pos += 1 + (hex ? hex[0].length : 0);
      } else out += '\\';
    }
  }

  /** After `$`: a parameter or a command substitution, or undefined for a literal `$`. */
  private readDollar(quoted: boolean): WordPart | undefined {
    const next = this.src[this.pos + 1];
    if (next === '(') {
      if (this.src[this.pos + 2] === '(') {
        throw new ShellSyntaxError('bash: arithmetic expansion $(( ... )) is not supported in this sandboxed terminal');
      }
      this.pos += 2;
      const body = this.parseList(new Set(), true);
      this.skipBlanksAndNewlines();
      if (this.src[this.pos] !== ')') throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `)'");
      this.pos++;
      return { kind: 'command', body, quoted };
    }
    if (next === '{') {
      const end = this.src.indexOf('}', this.pos + 2);
      if (end < 0) throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `}'");
      const inner = this.src.slice(this.pos + 2, end);
      this.pos = end + 1;
      const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$!@*-])(?:(:?)([-=?+])(.*))?$/s.exec(inner);
      if (!m) return { kind: 'param', name: `\0bad:${inner}`, quoted };
      if (m[3] === undefined) return { kind: 'param', name: m[1], quoted };
      if (m[3] !== '-') return { kind: 'param', name: `\0bad:${inner}`, quoted };
      const fallback = new ShellParser(m[4]).readFallbackWord();
      return { kind: 'param', name: m[1], quoted, fallback, fallbackIfEmpty: m[2] === ':' };
    }
    const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9?#$!@*-])/.exec(this.src.slice(this.pos + 1));
    if (!name) {
      this.pos++;
      return undefined;
    }
    this.pos += 1 + name[0].length;
    return { kind: 'param', name: name[0], quoted };
  }

  private readFallbackWord(): Word {
    const parts: WordPart[] = [];
    while (this.pos < this.src.length) {
      const start = this.pos;
      const word = this.src[this.pos] === ' ' ? undefined : this.readWord();
      if (word) parts.push(...word.parts);
      if (this.pos < this.src.length) {
        parts.push({ kind: 'literal', text: this.src[this.pos], quoted: false });
        this.pos++;
      }
      if (this.pos === start) break;
    }
    return { parts, raw: this.src };
  }

  private readBackquoted(quoted: boolean): WordPart {
    let inner = '';
    this.pos++;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new ShellSyntaxError('bash: unexpected EOF while looking for matching ``\'');
      if (c === '`') {
        this.pos++;
        break;
      }
      if (c === '\\' && (this.src[this.pos + 1] === '`' || this.src[this.pos + 1] === '\\' || this.src[this.pos + 1] === '$')) {
        inner += this.src[this.pos + 1];
        this.pos += 2;
      } else {
        inner += c;
        this.pos++;
      }
    }
    return { kind: 'command', body: parseShell(inner), quoted };
  }
}
