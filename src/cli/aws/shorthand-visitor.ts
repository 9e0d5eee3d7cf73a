import type { CliShape } from '../model/cli-shape';
import { pyFloat, pyInt, PyValueError } from '../python/py-number';
import { isPyDict, pyTypeName, type PyDict, type PyValue } from '../python/py-value';
import { ShorthandParseError } from './shorthand-parser';

/**
 * awscli's `BackCompatVisitor`: after a shorthand value is parsed, walk it with the model and
 * convert scalars (`"5"` -> 5 for integers, `"true"` -> True for booleans) and wrap single values
 * where lists are expected (`Values=a` -> `["a"]`).
 */
export function applyShorthandModel(value: PyValue, shape: CliShape): void {
  visit({ root: value }, shape, 'root', value);
}

type Parent = PyDict | PyValue[];

function setIn(parent: Parent, name: string | number, value: PyValue): void {
  if (Array.isArray(parent)) parent[name as number] = value;
  else parent[name as string] = value;
}

function visit(parent: Parent, shape: CliShape, name: string | number, value: PyValue | undefined): void {
  switch (shape.typeName) {
    case 'structure':
      if (!isPyDict(value)) return;
      for (const [memberName, memberShape] of shape.members) {
        if (memberShape.typeName === 'document' && value[memberName] !== undefined) {
          throw new ShorthandParseError(
            `Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter: ${memberName}`,
          );
        }
        visit(value, memberShape, memberName, value[memberName]);
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        if (value !== undefined && value !== null) setIn(parent, name, [value]);
        return;
      }
      value.forEach((element, i) => visit(value, shape.member, i, element));
      return;
    case 'map':
      if (!isPyDict(value)) return;
      for (const [key, element] of Object.entries(value)) visit(value, shape.value, key, element);
      return;
    default:
      visitScalar(parent, shape, name, value);
  }
}

function visitScalar(parent: Parent, shape: CliShape, name: string | number, value: PyValue | undefined): void {
  if (value === undefined || value === null) return;
  switch (shape.typeName) {
    case 'integer':
    case 'long':
      if (typeof value !== 'string') {
        throw new PyValueError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`);
      }
      setIn(parent, name, pyInt(value));
      return;
    case 'double':
    case 'float':
      if (typeof value !== 'string') throw new PyValueError(`float() argument must be a string or a real number, not '${pyTypeName(value)}'`);
      setIn(parent, name, pyFloat(value));
      return;
    case 'boolean':
      if (typeof value !== 'string') throw new PyValueError(`'${pyTypeName(value)}' object has no attribute 'lower'`);
      if (value.toLowerCase() === 'true') setIn(parent, name, true);
      else if (value.toLowerCase() === 'false') setIn(parent, name, false);
      return;
    default:
      return;
  }
}
