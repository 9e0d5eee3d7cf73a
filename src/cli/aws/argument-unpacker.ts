import type { ParsedValue } from '../argparse/arg-parser';
import { isScalarType, type CliShape } from '../model/cli-shape';
import { PyJsonDecodeError, pyJsonLoads } from '../python/py-json';
import { pyFloat, pyInt, PyValueError } from '../python/py-number';
import type { PyValue } from '../python/py-value';
import { pyLstrip, pyStrip } from '../python/py-whitespace';
import { ParamError } from './cli-errors';
import { parseShorthand, ShorthandParseError } from './shorthand-parser';
import { applyShorthandModel } from './shorthand-visitor';

/**
 * Turns a command-line value into the Python value botocore receives (awscli/argprocess.py):
 * `file://` param files, shorthand syntax, JSON, and scalar conversion, with the CLI's error texts.
 */
export function unpackArgument(cliName: string, shape: CliShape, value: ParsedValue): PyValue {
  // awscli/paramfile.py: a single value (even of a list option) may name a local file; there are none here.
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (typeof single === 'string' && /^(file|fileb):\/\//.test(single)) {
    const path = single.replace(/^(file|fileb):\/\//, '');
    throw new ParamError(cliName, `Unable to load paramfile ${single}: [Errno 2] No such file or directory: '${path}'`);
  }
  if (shouldParseAsShorthand(shape, value)) return parseAsShorthand(cliName, shape, value);
  return unpackCliArg(shape, value, cliName);
}

function asStrings(value: ParsedValue): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function isDocumentContainer(shape: CliShape, seen = new Set<CliShape>()): boolean {
  if (seen.has(shape)) return false;
  seen.add(shape);
  if (shape.typeName === 'document') return true;
  if (shape.typeName === 'list') return isDocumentContainer(shape.member, seen);
  if (shape.typeName === 'map') return isDocumentContainer(shape.value, seen);
  return false;
}

function supportsShorthand(shape: CliShape): boolean {
  if (isDocumentContainer(shape)) return false;
  if (shape.typeName === 'structure' || shape.typeName === 'map') return true;
  if (shape.typeName === 'list') return ['structure', 'list', 'map'].includes(shape.member.typeName);
  return false;
}

function shouldParseAsShorthand(shape: CliShape, value: ParsedValue): boolean {
  const check = Array.isArray(value) && value.length > 0 ? value[0] : value;
  if (typeof check === 'string' && /^[[{]/.test(pyStrip(check))) return false;
  return supportsShorthand(shape);
}

function parseAsShorthand(cliName: string, shape: CliShape, value: ParsedValue): PyValue {
  try {
    if (
      shape.typeName === 'structure' &&
      shape.members.size === 1 &&
      shape.members.get('Value')?.typeName === 'string' &&
      typeof value === 'string' &&
      !value.includes('=')
    ) {
      return { Value: value };
    }
    let parsed: PyValue;
    if (Array.isArray(value)) parsed = value.map((v) => parseShorthand(String(v)));
    else parsed = parseShorthand(String(value));
    applyShorthandModel(parsed, shape);
    return parsed;
  } catch (error) {
    if (error instanceof ShorthandParseError) throw new ParamError(cliName, error.message);
    throw error;
  }
}

function loadJson(value: string, cliName: string): PyValue {
  try {
    return pyJsonLoads(value);
  } catch (error) {
    if (error instanceof PyJsonDecodeError) throw new ParamError(cliName, `Invalid JSON: ${error.message}\nJSON received: ${value}`);
    throw error;
  }
}

function unpackCliArg(shape: CliShape, value: ParsedValue, cliName: string): PyValue {
  if (shape.typeName === 'document') return loadJson(String(value), cliName);
  if (isScalarType(shape.typeName)) return unpackScalar(shape, value);
  if (shape.typeName === 'structure' || shape.typeName === 'map') {
    const text = String(value);
    const trimmed = pyLstrip(text);
    if (trimmed === '') throw new PyValueError('string index out of range');
    if (trimmed[0] === '{') return loadJson(text, cliName);
    throw new ParamError(cliName, `Invalid JSON:\n${text}`);
  }
  // list
  if (typeof value === 'string') {
    if (pyLstrip(value)[0] === '[') return loadJson(value, cliName);
  } else if (Array.isArray(value) && value.length === 1) {
    const single = pyStrip(String(value[0]));
    if (single && single[0] === '[') return loadJson(String(value[0]), cliName);
  }
  const items = asStrings(value);
  try {
    return items.map((item) => unpackCliArg(shape.member, item, cliName));
  } catch (error) {
    if (error instanceof PyValueError) throw new ParamError(cliName, items[0]);
    throw error;
  }
}

function unpackScalar(shape: CliShape, value: ParsedValue): PyValue {
  const text = String(value);
  switch (shape.typeName) {
    case 'integer':
    case 'long':
      return pyInt(text);
    case 'float':
    case 'double':
      return pyFloat(text);
    default:
      return text;
  }
}
