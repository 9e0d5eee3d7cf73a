/**
 * Python's whitespace: what `str.isspace()`, `str.strip()` and `\s` in its regexes mean. Not
 * JavaScript's `\s`: Python counts U+001C-U+001F and U+0085 and not U+FEFF.
 */
export const PY_WHITESPACE_CLASS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const LEADING = new RegExp(`^[${PY_WHITESPACE_CLASS}]+`, 'u');
const TRAILING = new RegExp(`[${PY_WHITESPACE_CLASS}]+$`, 'u');

/** Python's `str.lstrip()`. */
export function pyLstrip(text: string): string {
  return text.replace(LEADING, '');
}

/** Python's `str.rstrip()`. */
export function pyRstrip(text: string): string {
  return text.replace(TRAILING, '');
}

/** Python's `str.strip()`. */
export function pyStrip(text: string): string {
  return pyRstrip(pyLstrip(text));
}
