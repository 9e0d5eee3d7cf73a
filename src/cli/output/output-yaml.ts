import { pyJsonDumps } from '../python/py-json';
import { pyFloatRepr } from '../python/py-repr';
import { isPyDict, PyFloat, type PyDict, type PyValue } from '../python/py-value';

/**
 * `--output yaml`: what ruamel.yaml's safe dumper writes for the CLI (block style, keys sorted,
 * sequences not indented under their key, strings quoted only when they would read back as
 * another type). Scalars at the top level are written as JSON, as the CLI does. Long plain strings
 * are not folded at 80 columns (ruamel does).
 */
export function formatYaml(value: PyValue): string {
  if (isPyDict(value) && Object.keys(value).length === 0) return '';
  if (!isPyDict(value) && !Array.isArray(value)) return `${pyJsonDumps(value, false)}\n`;
  const lines: string[] = [];
  emitBlock(value, 0, lines);
  return lines.map((line) => `${line}\n`).join('');
}

function sortedEntries(dict: PyDict): Array<[string, PyValue]> {
  return Object.entries(dict).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function isEmptyCollection(value: PyValue): boolean {
  return (Array.isArray(value) && value.length === 0) || (isPyDict(value) && Object.keys(value).length === 0);
}

function isCollection(value: PyValue): value is PyValue[] | PyDict {
  return Array.isArray(value) || isPyDict(value);
}

/** ruamel's emitter folds plain and single-quoted scalars at a single space past this column. */
const BEST_WIDTH = 80;

/** Emits a non-empty mapping or sequence at `indent`; the first line may be prefixed by the caller. */
function emitBlock(value: PyValue[] | PyDict, indent: number, lines: string[], firstPrefix?: string): void {
  const pad = ' '.repeat(indent);
  let first = true;
  const prefix = () => {
    const p = first && firstPrefix !== undefined ? firstPrefix : pad;
    first = false;
    return p;
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      const p = prefix();
      if (isCollection(item) && !isEmptyCollection(item)) emitBlock(item, indent + 2, lines, `${p}- `);
      else lines.push(`${p}- ${scalar(item, p.length + 2, p.length + 2)}`);
    }
    return;
  }
  for (const [key, item] of sortedEntries(value)) {
    const p = prefix();
    const k = scalar(key, p.length, p.length + 2);
    if (Array.isArray(item) && item.length > 0) {
      lines.push(`${p}${k}:`);
      emitBlock(item, indent, lines);
    } else if (isPyDict(item) && Object.keys(item).length > 0) {
      lines.push(`${p}${k}:`);
      emitBlock(item, indent + 2, lines);
    } else lines.push(`${p}${k}: ${scalar(item, p.length + k.length + 2, p.length + 2)}`);
  }
}

const RESOLVES_TO_OTHER_TYPE = [
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^(?:~|null|Null|NULL)$/,
  /^[-+]?(?:0b[0-1_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)$/,
  /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^<<$/,
];

/** A scalar starting at `column`; folded lines continue at `indent`. */
function scalar(value: PyValue, column: number, indent: number): string {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') return String(value);
  if (value instanceof PyFloat) {
    if (Number.isNaN(value.value)) return '.nan';
    if (!Number.isFinite(value.value)) return value.value > 0 ? '.inf' : '-.inf';
    return pyFloatRepr(value.value);
  }
  if (isCollection(value)) return Array.isArray(value) ? '[]' : '{}';
  return quoteString(value, column, indent);
}

function quoteString(text: string, column: number, indent: number): string {
  if (text === '') return "''";
  if (/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/.test(text)) return JSON.stringify(text);
  const plain =
    !RESOLVES_TO_OTHER_TYPE.some((re) => re.test(text)) &&
    !/^[#,[\]{}&*!|>'"%@`]/.test(text) &&
    !/^[-?:](?:\s|$)/.test(text) &&
    !/:(?:\s|$)/.test(text) &&
    !/\s#/.test(text) &&
    !/^\s|\s$/.test(text) &&
    !text.includes('\n');
  return plain ? foldPlain(text, column, indent) : foldSingleQuoted(text, column, indent);
}

function foldPlain(text: string, column: number, indent: number): string {
  let out = '';
  for (const run of text.match(/ +|[^ ]+/g) ?? []) {
    if (run[0] === ' ' && run.length === 1 && column > BEST_WIDTH) {
      out += `\n${' '.repeat(indent)}`;
      column = indent;
    } else {
      out += run;
      column += run.length;
    }
  }
  return out;
}

function foldSingleQuoted(text: string, column: number, indent: number): string {
  let out = "'";
  column += 1;
  let position = 0;
  for (const run of text.match(/ +|\n+|[^ \n]+/g) ?? []) {
    const end = position + run.length;
    if (run[0] === ' ') {
      if (run.length === 1 && column > BEST_WIDTH && position !== 0 && end !== text.length) {
        out += `\n${' '.repeat(indent)}`;
        column = indent;
      } else {
        out += run;
        column += run.length;
      }
    } else if (run[0] === '\n') {
      out += `\n${'\n'.repeat(run.length)}${' '.repeat(indent)}`;
      column = indent;
    } else {
      const escaped = run.replace(/'/g, "''");
      out += escaped;
      column += escaped.length;
    }
    position = end;
  }
  return `${out}'`;
}
