import { pyStrRepr } from './py-repr';
import { PyFloat } from './py-value';

/** A `ValueError` as Python raises it from `int()`/`float()`; the CLI prints its text and exits 255. */
export class PyValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PyValueError';
  }
}

const INT_LITERAL = /^[+-]?\d+(?:_\d+)*$/;
const FLOAT_LITERAL = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
const FLOAT_SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;

const DECIMAL_DIGIT = /\p{Nd}/u;
/**
 * The spaces int()/float() skip around a number: ASCII's and every non-ASCII Unicode space (CPython
 * turns those into ' ' first), but not U+001C-U+001F, which `str.strip()` would take.
 */
const NUMBER_SPACES = /^[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;

/**
 * Python's int()/float() read every Unicode decimal digit (Arabic-Indic, fullwidth, ...) as its
 * ASCII digit. Unicode lays decimal digits out in runs of ten from zero, so a digit's value is its
 * offset in its run.
 */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) as number;
    let start = code;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  });
}

/** Python's `int(text)`. */
export function pyInt(text: string): number {
  const stripped = asciiDigits(text).replace(NUMBER_SPACES, '');
  if (!INT_LITERAL.test(stripped)) throw new PyValueError(`invalid literal for int() with base 10: ${pyStrRepr(text)}`);
  return Number(stripped.replace(/_/g, ''));
}

/** Python's `float(text)`. */
export function pyFloat(text: string): PyFloat {
  const stripped = asciiDigits(text).replace(NUMBER_SPACES, '');
  if (FLOAT_SPECIAL.test(stripped)) {
    const negative = stripped.startsWith('-');
    const body = stripped.replace(/^[+-]/, '').toLowerCase();
    if (body === 'nan') return new PyFloat(NaN);
    return new PyFloat(negative ? -Infinity : Infinity);
  }
  if (!FLOAT_LITERAL.test(stripped)) throw new PyValueError(`could not convert string to float: ${pyStrRepr(text)}`);
  return new PyFloat(Number(stripped.replace(/_/g, '')));
}
