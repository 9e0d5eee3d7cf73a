import { pyFloatRepr } from './py-repr';
import { PyFloat, type PyDict, type PyValue } from './py-value';

/** Python's `json.JSONDecodeError`: its `message` is `str(e)`, e.g. `Expecting value: line 1 column 1 (char 0)`. */
export class PyJsonDecodeError extends Error {
  constructor(
    readonly reason: string,
    readonly doc: string,
    readonly pos: number,
  ) {
    // Python counts code points: a character past U+FFFF is one, not two UTF-16 units.
    const before = [...doc.slice(0, pos)];
    const lineno = before.filter((ch) => ch === '\n').length + 1;
    const colno = before.length - before.lastIndexOf('\n');
    super(`${reason}: line ${lineno} column ${colno} (char ${before.length})`);
    this.name = 'PyJsonDecodeError';
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Signals "no JSON value starts here" (CPython's StopIteration from scan_once). */
class NoValue {
  constructor(readonly pos: number) {}
}

/** `json.loads` with CPython's semantics: ints vs floats, NaN/Infinity, and its exact error texts. */
export function pyJsonLoads(doc: string): PyValue {
  const parser = new Parser(doc);
  const start = parser.skipWhitespace(0);
  const result = parser.scanOnce(start);
  if (result instanceof NoValue) throw new PyJsonDecodeError('Expecting value', doc, result.pos);
  const end = parser.skipWhitespace(result[1]);
  if (end !== doc.length) throw new PyJsonDecodeError('Extra data', doc, end);
  return result[0];
}

class Parser {
  constructor(private readonly s: string) {}

  skipWhitespace(idx: number): number {
    while (idx < this.s.length && WHITESPACE.has(this.s[idx])) idx++;
    return idx;
  }

  scanOnce(idx: number): [PyValue, number] | NoValue {
    const s = this.s;
    if (idx >= s.length) return new NoValue(idx);
    const c = s[idx];
    if (c === '"') return this.scanString(idx + 1);
    if (c === '{') return this.parseObject(idx + 1);
    if (c === '[') return this.parseArray(idx + 1);
    if (s.startsWith('null', idx)) return [null, idx + 4];
    if (s.startsWith('true', idx)) return [true, idx + 4];
    if (s.startsWith('false', idx)) return [false, idx + 5];
    if (s.startsWith('NaN', idx)) return [new PyFloat(NaN), idx + 3];
    if (s.startsWith('Infinity', idx)) return [new PyFloat(Infinity), idx + 8];
    if (s.startsWith('-Infinity', idx)) return [new PyFloat(-Infinity), idx + 9];
    NUMBER.lastIndex = idx;
    const m = NUMBER.exec(s);
    if (!m) return new NoValue(idx);
    const text = m[0];
    const end = idx + text.length;
    if (m[1] !== undefined || m[2] !== undefined) return [new PyFloat(Number(text)), end];
    return [Number(text), end];
  }

  private expectValue(idx: number): [PyValue, number] {
    const result = this.scanOnce(idx);
    if (result instanceof NoValue) throw new PyJsonDecodeError('Expecting value', this.s, result.pos);
    return result;
  }

  private scanString(end: number): [string, number] {
    const s = this.s;
    const begin = end - 1;
    let out = '';
    for (;;) {
      let idx = end;
      while (idx < s.length) {
        const ch = s[idx];
        if (ch === '"' || ch === '\\') break;
        if (ch.charCodeAt(0) < 0x20) throw new PyJsonDecodeError('Invalid control character at', s, idx);
        idx++;
      }
      if (idx >= s.length) throw new PyJsonDecodeError('Unterminated string starting at', s, begin);
      out += s.slice(end, idx);
      if (s[idx] === '"') return [out, idx + 1];
      idx++;
      if (idx >= s.length) throw new PyJsonDecodeError('Unterminated string starting at', s, begin);
      const esc = s[idx];
      if (esc !== 'u') {
        const mapped = ESCAPES[esc];
        if (mapped === undefined) throw new PyJsonDecodeError('Invalid \\escape', s, idx - 1);
        out += mapped;
        end = idx + 1;
        continue;
      }
      const hex = s.slice(idx + 1, idx + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new PyJsonDecodeError('Invalid \\uXXXX escape', s, idx);
      out += String.fromCharCode(parseInt(hex, 16));
      end = idx + 5;
    }
  }

  private parseObject(start: number): [PyDict, number] {
    const s = this.s;
    const result: PyDict = {};
    let idx = this.skipWhitespace(start);
    if (s[idx] === '}') return [result, idx + 1];
    for (;;) {
      if (s[idx] !== '"') throw new PyJsonDecodeError('Expecting property name enclosed in double quotes', s, idx);
      const [key, afterKey] = this.scanString(idx + 1);
      idx = this.skipWhitespace(afterKey);
      if (s[idx] !== ':') throw new PyJsonDecodeError("Expecting ':' delimiter", s, idx);
      idx = this.skipWhitespace(idx + 1);
      const [value, afterValue] = this.expectValue(idx);
      result[key] = value;
      idx = this.skipWhitespace(afterValue);
      if (s[idx] === '}') return [result, idx + 1];
      if (s[idx] !== ',') throw new PyJsonDecodeError("Expecting ',' delimiter", s, idx);
      idx = this.skipWhitespace(idx + 1);
    }
  }

  private parseArray(start: number): [PyValue[], number] {
    const s = this.s;
    const result: PyValue[] = [];
    let idx = this.skipWhitespace(start);
    if (s[idx] === ']') return [result, idx + 1];
    for (;;) {
      const [value, afterValue] = this.expectValue(idx);
      result.push(value);
      idx = this.skipWhitespace(afterValue);
      if (s[idx] === ']') return [result, idx + 1];
      if (s[idx] !== ',') throw new PyJsonDecodeError("Expecting ',' delimiter", s, idx);
      idx = this.skipWhitespace(idx + 1);
    }
  }
}

function encodeString(text: string): string {
  return JSON.stringify(text);
}

function encodeScalar(value: PyValue): string | undefined {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'string') return encodeString(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(BigInt(value)) : pyFloatRepr(value);
  if (value instanceof PyFloat) {
    if (Number.isNaN(value.value)) return 'NaN';
    if (!Number.isFinite(value.value)) return value.value > 0 ? 'Infinity' : '-Infinity';
    return pyFloatRepr(value.value);
  }
  return undefined;
}

/** `json.dumps(value, indent=4, ensure_ascii=False)`. */
export function pyJsonDumpsIndented(value: PyValue, indent = 4): string {
  const pad = (level: number) => ' '.repeat(indent * level);
  const encode = (v: PyValue, level: number): string => {
    const scalar = encodeScalar(v);
    if (scalar !== undefined) return scalar;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((item) => pad(level + 1) + encode(item, level + 1)).join(',\n')}\n${pad(level)}]`;
    }
    const entries = Object.entries(v as PyDict);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, item]) => `${pad(level + 1)}${encodeString(k)}: ${encode(item, level + 1)}`).join(',\n')}\n${pad(level)}}`;
  };
  return encode(value, 0);
}

/** `json.dumps(value, separators=(',', ':'))` (ASCII-escaped, as that call does by default). */
export function pyJsonDumpsCompact(value: PyValue, ensureAscii = true): string {
  const encode = (v: PyValue): string => {
    const scalar = encodeScalar(v);
    if (scalar !== undefined) return typeof v === 'string' && ensureAscii ? asciiEscape(scalar) : scalar;
    if (Array.isArray(v)) return `[${v.map(encode).join(',')}]`;
    return `{${Object.entries(v as PyDict)
      .map(([k, item]) => `${ensureAscii ? asciiEscape(encodeString(k)) : encodeString(k)}:${encode(item)}`)
      .join(',')}}`;
  };
  return encode(value);
}

/** `json.dumps(value)` with Python's default separators `', '` and `': '`. */
export function pyJsonDumps(value: PyValue, ensureAscii = true): string {
  const encode = (v: PyValue): string => {
    const scalar = encodeScalar(v);
    if (scalar !== undefined) return typeof v === 'string' && ensureAscii ? asciiEscape(scalar) : scalar;
    if (Array.isArray(v)) return `[${v.map(encode).join(', ')}]`;
    return `{${Object.entries(v as PyDict)
      .map(([k, item]) => `${ensureAscii ? asciiEscape(encodeString(k)) : encodeString(k)}: ${encode(item)}`)
      .join(', ')}}`;
  };
  return encode(value);
}

function asciiEscape(encoded: string): string {
  return encoded.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
