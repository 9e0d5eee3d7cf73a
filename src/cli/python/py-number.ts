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

/** Python's `int(text)`. */
export function pyInt(text: string): number {
  const stripped = text.trim();
  if (!INT_LITERAL.test(stripped)) throw new PyValueError(`invalid literal for int() with base 10: ${pyStrRepr(text)}`);
  return Number(stripped.replace(/_/g, ''));
}

/** Python's `float(text)`. */
export function pyFloat(text: string): PyFloat {
  const stripped = text.trim();
  if (FLOAT_SPECIAL.test(stripped)) {
    const negative = stripped.startsWith('-');
    const body = stripped.replace(/^[+-]/, '').toLowerCase();
    if (body === 'nan') return new PyFloat(NaN);
    return new PyFloat(negative ? -Infinity : Infinity);
  }
  if (!FLOAT_LITERAL.test(stripped)) throw new PyValueError(`could not convert string to float: ${pyStrRepr(text)}`);
  return new PyFloat(Number(stripped.replace(/_/g, '')));
}
