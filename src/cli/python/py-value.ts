/**
 * Values as the real CLI holds them in Python. The CLI prints `16.0` for a float and `16` for an
 * int, `True`/`None` in text output, and type names in validation errors, so the difference between
 * a Python float and an int must survive parsing, querying and formatting. JS numbers stand for
 * Python ints; `PyFloat` wraps a Python float.
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type PyValue = null | boolean | number | string | PyFloat | PyList | PyDict;
export type PyList = PyValue[];
export interface PyDict {
  [key: string]: PyValue;
}

export function isPyDict(value: unknown): value is PyDict {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof PyFloat);
}

export function isPyList(value: unknown): value is PyList {
  return Array.isArray(value);
}

/** A Python number that is not a bool (Python's `isinstance(x, Number) and not isinstance(x, bool)`). */
export function isPyNumber(value: unknown): value is number | PyFloat {
  return typeof value === 'number' || value instanceof PyFloat;
}

export function numericValue(value: number | PyFloat): number {
  return typeof value === 'number' ? value : value.value;
}

/** Python's `type(x).__name__`. */
export function pyTypeName(value: PyValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'int';
  if (typeof value === 'string') return 'str';
  if (value instanceof PyFloat) return 'float';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

/** Python `==` on JSON-like values (1 == 1.0, True == 1). */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  const na = toComparableNumber(a);
  const nb = toComparableNumber(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => pyEquals(item, b[i]));
  }
  if (isPyDict(a) && isPyDict(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && pyEquals(a[k], b[k]));
  }
  return false;
}

function toComparableNumber(value: PyValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PyFloat) return value.value;
  return undefined;
}
