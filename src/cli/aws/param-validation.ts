import type { CliShape } from '../model/cli-shape';
import { pyStr } from '../python/py-repr';
import { isPyDict, PyFloat, pyTypeName, type PyDict, type PyValue } from '../python/py-value';
import { parseTimestamp } from './timestamps';

/**
 * botocore's client-side `ParamValidator` (botocore/validate.py): all errors collected, in its order
 * and wording, e.g. `Missing required parameter in Tags[0]: "Key"`.
 */
export function validateParameters(params: PyDict, shape: CliShape): string[] {
  const errors: string[] = [];
  validate(params, shape, errors, '');
  return errors;
}

function displayName(name: string): string {
  if (!name) return 'input';
  return name.startsWith('.') ? name.slice(1) : name;
}

function typeError(errors: string[], name: string, param: PyValue, validTypes: readonly string[]): void {
  errors.push(
    `Invalid type for parameter ${displayName(name)}, value: ${pyStr(param)}, type: <class '${pyTypeName(param)}'>, valid types: ${validTypes.join(', ')}`,
  );
}

/** botocore's `range_check`: below the shape's `min` (a length for strings and lists). */
function rangeCheck(errors: string[], name: string, value: number, shownParam: PyValue, shape: CliShape, kind: 'length' | 'value'): void {
  if (shape.min === undefined || !(value < shape.min)) return;
  errors.push(
    kind === 'length'
      ? `Invalid length for parameter ${displayName(name)}, value: ${pyStr(shownParam)}, valid min length: ${shape.min}`
      : `Invalid value for parameter ${displayName(name)}, value: ${pyStr(shownParam)}, valid min value: ${shape.min}`,
  );
}

function validate(param: PyValue, shape: CliShape, errors: string[], name: string): void {
  switch (shape.typeName) {
    case 'structure': {
      if (!isPyDict(param)) return typeError(errors, name, param, ["<class 'dict'>"]);
      for (const required of shape.required) {
        if (!Object.prototype.hasOwnProperty.call(param, required)) {
          errors.push(`Missing required parameter in ${displayName(name)}: "${required}"`);
        }
      }
      const known: string[] = [];
      for (const key of Object.keys(param)) {
        if (!shape.members.has(key)) {
          errors.push(`Unknown parameter in ${displayName(name)}: "${key}", must be one of: ${[...shape.members.keys()].join(', ')}`);
        } else known.push(key);
      }
      for (const key of known) validate(param[key], shape.members.get(key) as CliShape, errors, `${name}.${key}`);
      return;
    }
    case 'list':
      if (!Array.isArray(param)) return typeError(errors, name, param, ["<class 'list'>", "<class 'tuple'>"]);
      rangeCheck(errors, name, param.length, param.length, shape, 'length');
      param.forEach((item, i) => validate(item, shape.member, errors, `${name}[${i}]`));
      return;
    case 'map':
      if (!isPyDict(param)) return typeError(errors, name, param, ["<class 'dict'>"]);
      for (const [key, value] of Object.entries(param)) {
        validate(key, shape.key, errors, `${name} (key: ${key})`);
        validate(value, shape.value, errors, `${name}.${key}`);
      }
      return;
    case 'string':
      if (typeof param !== 'string') typeError(errors, name, param, ["<class 'str'>"]);
      else rangeCheck(errors, name, [...param].length, [...param].length, shape, 'length');
      return;
    case 'integer':
    case 'long':
      // Python's bool is an int, so True passes as an integer.
      if (typeof param !== 'number' && typeof param !== 'boolean') typeError(errors, name, param, ["<class 'int'>"]);
      else rangeCheck(errors, name, Number(param), param, shape, 'value');
      return;
    case 'double':
    case 'float':
      if (typeof param !== 'number' && typeof param !== 'boolean' && !(param instanceof PyFloat)) {
        typeError(errors, name, param, ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"]);
      } else rangeCheck(errors, name, param instanceof PyFloat ? param.value : Number(param), param, shape, 'value');
      return;
    case 'boolean':
      if (typeof param !== 'boolean') typeError(errors, name, param, ["<class 'bool'>"]);
      return;
    case 'timestamp':
      if (parseTimestamp(param) === undefined) typeError(errors, name, param, ["<class 'datetime.datetime'>", 'timestamp-string']);
      return;
    case 'blob':
      if (typeof param !== 'string') typeError(errors, name, param, ["<class 'bytes'>", "<class 'bytearray'>", 'file-like object']);
      return;
    case 'document':
      return;
  }
}
