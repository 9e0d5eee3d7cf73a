import { pyJsonLoads } from '../python/py-json';
import { pyStr, pyStrRepr } from '../python/py-repr';
import type { PyValue } from '../python/py-value';

/**
 * JMESPath lexer and Pratt parser ported from the Python `jmespath` 1.0 package the CLI uses, so
 * that `--query` parses the same expressions, keeps `1.0` a float, and fails with the same text.
 */
export interface JmesNode {
  readonly type: string;
  readonly children: JmesNode[];
  readonly value?: PyValue | Array<number | null>;
}

/** `str(e)` of the Python exception. */
export class JmesPathSyntaxError extends Error {}

interface Token {
  readonly type: string;
  readonly value: PyValue;
  readonly start: number;
}

const SIMPLE_TOKENS: Readonly<Record<string, string>> = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};
const START_IDENTIFIER = /[A-Za-z_]/;
const VALID_IDENTIFIER = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

class LexerError extends Error {
  constructor(
    readonly position: number,
    readonly lexValue: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

class ParseError extends Error {
  constructor(
    readonly position: number,
    readonly tokenValue: PyValue,
    readonly tokenType: string,
    readonly msg = 'Invalid jmespath expression',
  ) {
    super(msg);
  }
}

class IncompleteExpressionError extends ParseError {}

function tokenize(expression: string): Token[] {
  const chars = [...expression];
  const length = chars.length;
  let position = 0;
  let current: string | undefined = chars[0];
  const next = (): string | undefined => {
    if (position === length - 1) current = undefined;
    else {
      position++;
      current = chars[position];
    }
    return current;
  };
  const consumeUntil = (delimiter: string): string => {
    const start = position;
    let buff = '';
    next();
    while (current !== delimiter) {
      if (current === '\\') {
        buff += '\\';
        next();
      }
      if (current === undefined) throw new LexerError(start, chars.slice(start).join(''), `Unclosed ${delimiter} delimiter`);
      buff += current;
      next();
    }
    next();
    return buff;
  };
  const matchOrElse = (expected: string, matchType: string, elseType: string): Token => {
    const start = position;
    const first = current as string;
    const second = next();
    if (second === expected) {
      next();
      return { type: matchType, value: first + second, start };
    }
    return { type: elseType, value: first, start };
  };
  const consumeNumber = (): string => {
    let buff = current as string;
    while (next() !== undefined && DIGIT.test(current as string)) buff += current;
    return buff;
  };
  const tokens: Token[] = [];
  while (current !== undefined) {
    const c: string = current;
    if (c in SIMPLE_TOKENS) {
      tokens.push({ type: SIMPLE_TOKENS[c], value: c, start: position });
      next();
    } else if (START_IDENTIFIER.test(c)) {
      const start = position;
      let buff = c;
      while (next() !== undefined && VALID_IDENTIFIER.test(current as string)) buff += current;
      tokens.push({ type: 'unquoted_identifier', value: buff, start });
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      next();
    } else if (c === '[') {
      const start = position;
      const n = next();
      if (n === ']') {
        next();
        tokens.push({ type: 'flatten', value: '[]', start });
      } else if (n === '?') {
        next();
        tokens.push({ type: 'filter', value: '[?', start });
      } else tokens.push({ type: 'lbracket', value: '[', start });
    } else if (c === "'") {
      const start = position;
      tokens.push({ type: 'literal', value: consumeUntil("'").replace(/\\'/g, "'"), start });
    } else if (c === '|') tokens.push(matchOrElse('|', 'or', 'pipe'));
    else if (c === '&') tokens.push(matchOrElse('&', 'and', 'expref'));
    else if (c === '`') {
      const start = position;
      const lexeme = consumeUntil('`').replace(/\\`/g, '`');
      let parsed: PyValue;
      try {
        parsed = pyJsonLoads(lexeme);
      } catch {
        try {
          parsed = pyJsonLoads(`"${lexeme.replace(/^\s+/, '')}"`);
        } catch {
          throw new LexerError(start, chars.slice(start).join(''), `Bad token ${lexeme}`);
        }
      }
      tokens.push({ type: 'literal', value: parsed, start });
    } else if (DIGIT.test(c)) {
      const start = position;
      tokens.push({ type: 'number', value: Number(consumeNumber()), start });
    } else if (c === '-') {
      const start = position;
      const buff = consumeNumber();
      if (buff.length > 1) tokens.push({ type: 'number', value: Number(buff), start });
      else throw new LexerError(start, buff, `Unknown token '${buff}'`);
    } else if (c === '"') {
      const start = position;
      const lexeme = `"${consumeUntil('"')}"`;
      try {
        tokens.push({ type: 'quoted_identifier', value: pyJsonLoads(lexeme), start });
      } catch (error) {
        throw new LexerError(start, lexeme, (error as Error).message.split(':')[0]);
      }
    } else if (c === '<') tokens.push(matchOrElse('=', 'lte', 'lt'));
    else if (c === '>') tokens.push(matchOrElse('=', 'gte', 'gt'));
    else if (c === '!') tokens.push(matchOrElse('=', 'ne', 'not'));
    else if (c === '=') {
      if (next() === '=') {
        tokens.push({ type: 'eq', value: '==', start: position - 1 });
        next();
      } else {
        throw new LexerError(current === undefined ? position : position - 1, '=', "Unknown token '='");
      }
    } else throw new LexerError(position, c, `Unknown token ${c}`);
  }
  tokens.push({ type: 'eof', value: '', start: length });
  return tokens;
}

const BINDING_POWER: Readonly<Record<string, number>> = {
  eof: 0,
  unquoted_identifier: 0,
  quoted_identifier: 0,
  literal: 0,
  rbracket: 0,
  rparen: 0,
  comma: 0,
  rbrace: 0,
  number: 0,
  current: 0,
  expref: 0,
  colon: 0,
  pipe: 1,
  or: 2,
  and: 3,
  eq: 5,
  gt: 5,
  lt: 5,
  gte: 5,
  lte: 5,
  ne: 5,
  flatten: 9,
  star: 20,
  filter: 21,
  dot: 40,
  not: 45,
  lbrace: 50,
  lbracket: 55,
  lparen: 60,
};
const PROJECTION_STOP = 10;

const node = (type: string, children: JmesNode[] = [], value?: JmesNode['value']): JmesNode => ({ type, children, value });
const identity = () => node('identity');

/** Python's `%s` of a list of strings. */
function pyList(items: readonly string[]): string {
  return `[${items.map(pyStrRepr).join(', ')}]`;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): JmesNode {
    const parsed = this.expression(0);
    if (this.current() !== 'eof') {
      const t = this.lookaheadToken(0);
      throw new ParseError(t.start, t.value, t.type, `Unexpected token: ${pyStr(t.value)}`);
    }
    return parsed;
  }

  private current(): string {
    return this.tokens[this.index].type;
  }

  private lookahead(n: number): string {
    return this.tokens[this.index + n].type;
  }

  private lookaheadToken(n: number): Token {
    return this.tokens[this.index + n];
  }

  private advance(): void {
    this.index++;
  }

  private expression(bindingPower = 0): JmesNode {
    const leftToken = this.lookaheadToken(0);
    this.advance();
    let left = this.nud(leftToken);
    let current = this.current();
    while (bindingPower < BINDING_POWER[current]) {
      const errorToken = this.lookaheadToken(0);
      this.advance();
      const led = this.led(current, left);
      if (led === undefined) throw new ParseError(errorToken.start, errorToken.value, errorToken.type, 'invalid token');
      left = led;
      current = this.current();
    }
    return left;
  }

  private nud(token: Token): JmesNode {
    switch (token.type) {
      case 'literal':
        return node('literal', [], token.value);
      case 'unquoted_identifier':
        return node('field', [], token.value);
      case 'quoted_identifier':
        if (this.current() === 'lparen') {
          const t = this.lookaheadToken(0);
          throw new ParseError(0, t.value, t.type, 'Quoted identifier not allowed for function names.');
        }
        return node('field', [], token.value);
      case 'star': {
        const right = this.current() === 'rbracket' ? identity() : this.parseProjectionRhs(BINDING_POWER.star);
        return node('value_projection', [identity(), right]);
      }
      case 'filter':
        return this.ledFilter(identity());
      case 'lbrace':
        return this.parseMultiSelectHash();
      case 'lparen': {
        const expression = this.expression();
        this.match('rparen');
        return expression;
      }
      case 'flatten':
        return node('projection', [node('flatten', [identity()]), this.parseProjectionRhs(BINDING_POWER.flatten)]);
      case 'not':
        return node('not_expression', [this.expression(BINDING_POWER.not)]);
      case 'lbracket':
        if (this.current() === 'number' || this.current() === 'colon') {
          return this.projectIfSlice(identity(), this.parseIndexExpression());
        }
        if (this.current() === 'star' && this.lookahead(1) === 'rbracket') {
          this.advance();
          this.advance();
          return node('projection', [identity(), this.parseProjectionRhs(BINDING_POWER.star)]);
        }
        return this.parseMultiSelectList();
      case 'current':
        return node('current');
      case 'expref':
        return node('expref', [this.expression(BINDING_POWER.expref)]);
      case 'eof':
        throw new IncompleteExpressionError(token.start, token.value, token.type);
      default:
        throw new ParseError(token.start, token.value, token.type, 'invalid token');
    }
  }

  private led(type: string, left: JmesNode): JmesNode | undefined {
    switch (type) {
      case 'dot':
        if (this.current() !== 'star') {
          const right = this.parseDotRhs(BINDING_POWER.dot);
          if (left.type === 'subexpression') {
            left.children.push(right);
            return left;
          }
          return node('subexpression', [left, right]);
        }
        this.advance();
        return node('value_projection', [left, this.parseProjectionRhs(BINDING_POWER.dot)]);
      case 'pipe':
        return node('pipe', [left, this.expression(BINDING_POWER.pipe)]);
      case 'or':
        return node('or_expression', [left, this.expression(BINDING_POWER.or)]);
      case 'and':
        return node('and_expression', [left, this.expression(BINDING_POWER.and)]);
      case 'lparen': {
        if (left.type !== 'field') {
          const prev = this.lookaheadToken(-2);
          throw new ParseError(prev.start, prev.value, prev.type, `Invalid function name '${pyStr(prev.value)}'`);
        }
        const args: JmesNode[] = [];
        while (this.current() !== 'rparen') {
          const expression = this.expression();
          if (this.current() === 'comma') this.match('comma');
          args.push(expression);
        }
        this.match('rparen');
        return node('function_expression', args, left.value);
      }
      case 'filter':
        return this.ledFilter(left);
      case 'eq':
      case 'ne':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        return node('comparator', [left, this.expression(BINDING_POWER[type])], type);
      case 'flatten':
        return node('projection', [node('flatten', [left]), this.parseProjectionRhs(BINDING_POWER.flatten)]);
      case 'lbracket': {
        const token = this.lookaheadToken(0);
        if (token.type === 'number' || token.type === 'colon') {
          const right = this.parseIndexExpression();
          if (left.type === 'index_expression') {
            left.children.push(right);
            return left;
          }
          return this.projectIfSlice(left, right);
        }
        this.match('star');
        this.match('rbracket');
        return node('projection', [left, this.parseProjectionRhs(BINDING_POWER.star)]);
      }
      default:
        return undefined;
    }
  }

  private ledFilter(left: JmesNode): JmesNode {
    const condition = this.expression(0);
    this.match('rbracket');
    const right = this.current() === 'flatten' ? identity() : this.parseProjectionRhs(BINDING_POWER.filter);
    return node('filter_projection', [left, right, condition]);
  }

  private parseIndexExpression(): JmesNode {
    if (this.lookahead(0) === 'colon' || this.lookahead(1) === 'colon') return this.parseSliceExpression();
    const index = node('index', [], this.lookaheadToken(0).value);
    this.advance();
    this.match('rbracket');
    return index;
  }

  private parseSliceExpression(): JmesNode {
    const parts: Array<number | null> = [null, null, null];
    let index = 0;
    let current = this.current();
    while (current !== 'rbracket' && index < 3) {
      if (current === 'colon') {
        index++;
        if (index === 3) this.raiseFor(this.lookaheadToken(0), 'syntax error');
        this.advance();
      } else if (current === 'number') {
        parts[index] = this.lookaheadToken(0).value as number;
        this.advance();
      } else this.raiseFor(this.lookaheadToken(0), 'syntax error');
      current = this.current();
    }
    this.match('rbracket');
    return node('slice', [], parts);
  }

  private projectIfSlice(left: JmesNode, right: JmesNode): JmesNode {
    const indexExpression = node('index_expression', [left, right]);
    if (right.type === 'slice') return node('projection', [indexExpression, this.parseProjectionRhs(BINDING_POWER.star)]);
    return indexExpression;
  }

  private parseMultiSelectList(): JmesNode {
    const expressions: JmesNode[] = [];
    for (;;) {
      expressions.push(this.expression());
      if (this.current() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
    return node('multi_select_list', expressions);
  }

  private parseMultiSelectHash(): JmesNode {
    const pairs: JmesNode[] = [];
    for (;;) {
      const keyToken = this.lookaheadToken(0);
      this.matchMultiple(['quoted_identifier', 'unquoted_identifier']);
      this.match('colon');
      const value = this.expression(0);
      pairs.push(node('key_val_pair', [value], keyToken.value));
      if (this.current() === 'comma') this.match('comma');
      else if (this.current() === 'rbrace') {
        this.match('rbrace');
        break;
      }
    }
    return node('multi_select_dict', pairs);
  }

  private parseProjectionRhs(bindingPower: number): JmesNode {
    const current = this.current();
    if (BINDING_POWER[current] < PROJECTION_STOP) return identity();
    if (current === 'lbracket' || current === 'filter') return this.expression(bindingPower);
    if (current === 'dot') {
      this.match('dot');
      return this.parseDotRhs(bindingPower);
    }
    return this.raiseFor(this.lookaheadToken(0), 'syntax error');
  }

  private parseDotRhs(bindingPower: number): JmesNode {
    const lookahead = this.current();
    if (lookahead === 'quoted_identifier' || lookahead === 'unquoted_identifier' || lookahead === 'star') return this.expression(bindingPower);
    if (lookahead === 'lbracket') {
      this.match('lbracket');
      return this.parseMultiSelectList();
    }
    if (lookahead === 'lbrace') {
      this.match('lbrace');
      return this.parseMultiSelectHash();
    }
    const t = this.lookaheadToken(0);
    const allowed = ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'];
    return this.raiseFor(t, `Expecting: ${pyList(allowed)}, got: ${t.type}`);
  }

  private match(type: string): void {
    if (this.current() === type) this.advance();
    else this.raiseMaybeEof(type, this.lookaheadToken(0));
  }

  private matchMultiple(types: readonly string[]): void {
    if (!types.includes(this.current())) this.raiseMaybeEof(pyList(types), this.lookaheadToken(0));
    this.advance();
  }

  private raiseFor(token: Token, reason: string): never {
    throw new ParseError(token.start, token.value, token.type, reason);
  }

  private raiseMaybeEof(expected: string, token: Token): never {
    if (token.type === 'eof') throw new IncompleteExpressionError(token.start, token.value, token.type);
    throw new ParseError(token.start, token.value, token.type, `Expecting: ${expected}, got: ${token.type}`);
  }
}

/** `jmespath.compile(expression)`; throws `JmesPathSyntaxError` with the Python message. */
export function parseJmesPath(expression: string): JmesNode {
  if (!expression) throw new JmesPathSyntaxError('Invalid JMESPath expression: cannot be empty.');
  try {
    return new Parser(tokenize(expression)).parse();
  } catch (error) {
    if (error instanceof LexerError) {
      throw new JmesPathSyntaxError(`Bad jmespath expression: ${error.detail}:\n${expression}\n${' '.repeat(error.position)}^`);
    }
    if (error instanceof IncompleteExpressionError) {
      const length = [...expression].length;
      throw new JmesPathSyntaxError(`Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(length + 1)}^`);
    }
    if (error instanceof ParseError) {
      throw new JmesPathSyntaxError(
        `${error.msg}: Parse error at column ${error.position}, token "${pyStr(error.tokenValue)}" (${error.tokenType.toUpperCase()}), for expression:\n"${expression}"\n${' '.repeat(error.position + 1)}^`,
      );
    }
    throw error;
  }
}
