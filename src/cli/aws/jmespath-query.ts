import { pyJsonDumpsCompact } from '../python/py-json';
import { pyStr } from '../python/py-repr';
import { isPyDict, isPyNumber, numericValue, pyEquals, PyFloat, type PyDict, type PyValue } from '../python/py-value';
import { GeneralError } from './cli-errors';
import { JmesPathSyntaxError, parseJmesPath, type JmesNode } from './jmespath-parser';

/**
 * `--query`: JMESPath parsed by our port of the Python parser (`jmespath-parser.ts`), evaluated here with the semantics of the
 * Python `jmespath` 1.0 library the CLI uses (its truthiness, comparisons, function type checks
 * and error texts), over values that keep Python's int/float distinction.
 */
export interface CompiledQuery {
  readonly expression: string;
  search(data: PyValue): PyValue;
}

/** Thrown by `compileQuery`; the CLI reports it as `Bad value for --query ...`. */
export class QueryCompileError extends Error {}

export function compileQuery(expression: string): CompiledQuery {
  let ast: JmesNode;
  try {
    ast = parseJmesPath(expression);
  } catch (error) {
    if (error instanceof JmesPathSyntaxError) throw new QueryCompileError(error.message);
    throw error;
  }
  return { expression, search: (data) => visit(ast, data) };
}

class Expref {
  constructor(readonly node: JmesNode) {}
}

type Value = PyValue | Expref;

function isFalse(value: Value): boolean {
  return (
    value === '' ||
    value === null ||
    value === false ||
    (Array.isArray(value) && value.length === 0) ||
    (isPyDict(value) && Object.keys(value).length === 0)
  );
}

function asPy(value: Value): PyValue {
  if (value instanceof Expref) throw new GeneralError('Expression references are only valid as function arguments');
  return value;
}

function visit(node: JmesNode, value: PyValue): PyValue {
  return asPy(evaluate(node, value));
}

function evaluate(node: JmesNode, value: PyValue): Value {
  const [first, second, third] = node.children;
  switch (node.type) {
    case 'field':
      return isPyDict(value) ? (value[node.value as string] ?? null) : null;
    case 'subexpression':
    case 'index_expression':
    case 'pipe': {
      let result: PyValue = value;
      for (const c of node.children) result = visit(c, result);
      return result;
    }
    case 'index': {
      if (!Array.isArray(value)) return null;
      let index = node.value as number;
      if (index < 0) index += value.length;
      return index >= 0 && index < value.length ? value[index] : null;
    }
    case 'slice':
      return Array.isArray(value) ? pySlice(value, node.value as Array<number | null>) : null;
    case 'projection': {
      const base = visit(first, value);
      if (!Array.isArray(base)) return null;
      const collected: PyValue[] = [];
      for (const element of base) {
        const current = visit(second, element);
        if (current !== null) collected.push(current);
      }
      return collected;
    }
    case 'value_projection': {
      const base = visit(first, value);
      if (!isPyDict(base)) return null;
      const collected: PyValue[] = [];
      for (const element of Object.values(base)) {
        const current = visit(second, element);
        if (current !== null) collected.push(current);
      }
      return collected;
    }
    case 'filter_projection': {
      const base = visit(first, value);
      if (!Array.isArray(base)) return null;
      const collected: PyValue[] = [];
      for (const element of base) {
        if (!isFalse(visit(third, element))) {
          const current = visit(second, element);
          if (current !== null) collected.push(current);
        }
      }
      return collected;
    }
    case 'comparator':
      return compare(node.value as string, visit(first, value), visit(second, value));
    case 'flatten': {
      const base = visit(first, value);
      if (!Array.isArray(base)) return null;
      const merged: PyValue[] = [];
      for (const element of base) {
        if (Array.isArray(element)) merged.push(...element);
        else merged.push(element);
      }
      return merged;
    }
    case 'identity':
    case 'current':
      return value;
    case 'multi_select_list':
      if (value === null) return null;
      return node.children.map((c) => visit(c, value));
    case 'multi_select_dict': {
      if (value === null) return null;
      const collected: PyDict = {};
      for (const pair of node.children) collected[pair.value as string] = visit(pair.children[0], value);
      return collected;
    }
    case 'or_expression': {
      const matched = visit(first, value);
      return isFalse(matched) ? visit(second, value) : matched;
    }
    case 'and_expression': {
      const matched = visit(first, value);
      return isFalse(matched) ? matched : visit(second, value);
    }
    case 'not_expression': {
      const original = visit(first, value);
      if (isPyNumber(original) && numericValue(original) === 0) return false;
      return isFalse(original);
    }
    case 'literal':
      return node.value as PyValue;
    case 'function_expression':
      return callFunction(
        node.value as string,
        node.children.map((c) => evaluate(c, value)),
      );
    case 'expref':
      return new Expref(first);
    default:
      throw new GeneralError(`Unknown JMESPath node: ${node.type}`);
  }
}

function pySlice(list: PyValue[], params: Array<number | null>): PyValue[] {
  const [startParam, stopParam, stepParam] = params;
  const step = stepParam ?? 1;
  if (step === 0) throw new GeneralError('slice step cannot be zero');
  const len = list.length;
  const clamp = (index: number | null, forStart: boolean): number => {
    if (index === null) return step > 0 ? (forStart ? 0 : len) : forStart ? len - 1 : -1;
    if (index < 0) return Math.max(index + len, step > 0 ? 0 : -1);
    return Math.min(index, step > 0 ? len : len - 1);
  };
  const start = clamp(startParam, true);
  const stop = clamp(stopParam, false);
  const out: PyValue[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(list[i]);
  else for (let i = start; i > stop; i += step) out.push(list[i]);
  return out;
}

function isComparable(value: PyValue): boolean {
  return isPyNumber(value) || typeof value === 'string';
}

function compare(op: string, left: PyValue, right: PyValue): PyValue {
  if (op === 'eq' || op === 'ne') {
    const special =
      (isPyNumber(left) && (numericValue(left) === 0 || numericValue(left) === 1) && typeof right === 'boolean') ||
      (isPyNumber(right) && (numericValue(right) === 0 || numericValue(right) === 1) && typeof left === 'boolean');
    const equal = !special && pyEquals(left, right);
    return op === 'eq' ? equal : !equal;
  }
  if (!isComparable(left) || !isComparable(right)) return null;
  if (typeof left === 'string' !== (typeof right === 'string')) {
    const symbol = { lt: '<', gt: '>', lte: '<=', gte: '>=' }[op] ?? op;
    throw new GeneralError(
      `'${symbol}' not supported between instances of '${typeof left === 'string' ? 'str' : left instanceof PyFloat ? 'float' : 'int'}' and '${typeof right === 'string' ? 'str' : right instanceof PyFloat ? 'float' : 'int'}'`,
    );
  }
  const a = typeof left === 'string' ? left : numericValue(left as number | PyFloat);
  const b = typeof right === 'string' ? right : numericValue(right as number | PyFloat);
  switch (op) {
    case 'lt':
      return a < b;
    case 'gt':
      return a > b;
    case 'lte':
      return a <= b;
    default:
      return a >= b;
  }
}

// ---- functions (jmespath/functions.py) ----

type JmesType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' | 'expref';

function jmesType(value: Value): JmesType {
  if (value instanceof Expref) return 'expref';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (isPyNumber(value)) return 'number';
  if (Array.isArray(value)) return 'array';
  return 'object';
}

class JmesTypeError extends GeneralError {
  constructor(fn: string, current: Value, actual: string, expected: readonly string[]) {
    super(
      `In function ${fn}(), invalid type for value: ${current instanceof Expref ? '<expref>' : pyStr(current)}, expected one of: [${expected
        .map((t) => `'${t}'`)
        .join(', ')}], received: "${actual}"`,
    );
  }
}

interface Signature {
  readonly types: readonly string[];
  readonly variadic?: boolean;
}

function checkArgs(fn: string, args: readonly Value[], signature: readonly Signature[]): void {
  const last = signature[signature.length - 1];
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  if (last?.variadic) {
    if (args.length < signature.length) {
      throw new GeneralError(`Expected at least ${signature.length} ${plural(signature.length)} for function ${fn}(), received ${args.length}`);
    }
  } else if (args.length !== signature.length) {
    throw new GeneralError(`Expected ${signature.length} ${plural(signature.length)} for function ${fn}(), received ${args.length}`);
  }
  signature.forEach((spec, i) => {
    if (spec.types.length === 0) return;
    const arg = args[i];
    const actual = jmesType(arg);
    const bases = spec.types.map((t) => t.split('-')[0]);
    if (!bases.includes(actual)) throw new JmesTypeError(fn, arg, actual, spec.types);
    const subtypes = spec.types.filter((t) => t.includes('-')).map((t) => t.split('-')[1]);
    if (subtypes.length === 0 || !Array.isArray(arg)) return;
    if (subtypes.length === 1) {
      for (const element of arg) {
        if (jmesType(element) !== subtypes[0]) throw new JmesTypeError(fn, element, pyTypeLabel(element), spec.types);
      }
    } else if (arg.length > 0) {
      const first = jmesType(arg[0]);
      if (!subtypes.includes(first)) throw new JmesTypeError(fn, arg[0], pyTypeLabel(arg[0]), spec.types);
      for (const element of arg) {
        if (jmesType(element) !== first) throw new JmesTypeError(fn, element, pyTypeLabel(element), spec.types);
      }
    }
  });
}

/** Python's `type(x).__name__` as the subtype checks report it. */
function pyTypeLabel(value: PyValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'int';
  if (value instanceof PyFloat) return 'float';
  return Array.isArray(value) ? 'list' : 'dict';
}

function num(value: PyValue): number {
  return numericValue(value as number | PyFloat);
}

function sumNumbers(values: PyValue[]): PyValue {
  let total = 0;
  let isFloat = false;
  for (const v of values) {
    total += num(v);
    if (v instanceof PyFloat) isFloat = true;
  }
  return isFloat ? new PyFloat(total) : total;
}

function compareKeys(a: PyValue, b: PyValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return num(a) - num(b);
}

function applyExpref(expref: Expref, element: PyValue): PyValue {
  return visit(expref.node, element);
}


function keyFunc(fn: string, expref: Expref, allowed: readonly string[]) {
  return (element: PyValue): PyValue => {
    const result = applyExpref(expref, element);
    const type = jmesType(result);
    if (!allowed.includes(type)) throw new JmesTypeError(fn, result, type, allowed);
    return result;
  };
}

const FUNCTIONS: Record<string, { signature: Signature[]; fn: (args: Value[]) => PyValue }> = {
  abs: { signature: [{ types: ['number'] }], fn: ([x]) => (x instanceof PyFloat ? new PyFloat(Math.abs(x.value)) : Math.abs(x as number)) },
  avg: {
    signature: [{ types: ['array-number'] }],
    fn: ([x]) => {
      const list = x as PyValue[];
      return list.length > 0 ? new PyFloat(num(sumNumbers(list)) / list.length) : null;
    },
  },
  ceil: { signature: [{ types: ['number'] }], fn: ([x]) => Math.ceil(num(x as PyValue)) },
  floor: { signature: [{ types: ['number'] }], fn: ([x]) => Math.floor(num(x as PyValue)) },
  contains: {
    signature: [{ types: ['array', 'string'] }, { types: [] }],
    fn: ([subject, search]) =>
      typeof subject === 'string'
        ? typeof search === 'string' && subject.includes(search)
        : (subject as PyValue[]).some((item) => pyEquals(item, search as PyValue)),
  },
  ends_with: { signature: [{ types: ['string'] }, { types: ['string'] }], fn: ([s, suffix]) => (s as string).endsWith(suffix as string) },
  starts_with: { signature: [{ types: ['string'] }, { types: ['string'] }], fn: ([s, prefix]) => (s as string).startsWith(prefix as string) },
  join: {
    signature: [{ types: ['string'] }, { types: ['array-string'] }],
    fn: ([sep, list]) => (list as string[]).join(sep as string),
  },
  keys: { signature: [{ types: ['object'] }], fn: ([x]) => Object.keys(x as PyDict) },
  values: { signature: [{ types: ['object'] }], fn: ([x]) => Object.values(x as PyDict) },
  length: {
    signature: [{ types: ['string', 'array', 'object'] }],
    fn: ([x]) => (typeof x === 'string' ? [...x].length : Array.isArray(x) ? x.length : Object.keys(x as PyDict).length),
  },
  map: {
    signature: [{ types: ['expref'] }, { types: ['array'] }],
    fn: ([expref, list]) => (list as PyValue[]).map((element) => applyExpref(expref as Expref, element)),
  },
  max: {
    signature: [{ types: ['array-number', 'array-string'] }],
    fn: ([x]) => {
      const list = x as PyValue[];
      return list.length === 0 ? null : list.reduce((best, item) => (compareKeys(item, best) > 0 ? item : best));
    },
  },
  min: {
    signature: [{ types: ['array-number', 'array-string'] }],
    fn: ([x]) => {
      const list = x as PyValue[];
      return list.length === 0 ? null : list.reduce((best, item) => (compareKeys(item, best) < 0 ? item : best));
    },
  },
  max_by: {
    signature: [{ types: ['array'] }, { types: ['expref'] }],
    fn: ([x, expref]) => {
      const list = x as PyValue[];
      const key = keyFunc('max_by', expref as Expref, ['number', 'string']);
      if (list.length === 0) return null;
      let best = list[0];
      let bestKey = key(best);
      for (const item of list.slice(1)) {
        const k = key(item);
        if (compareKeys(k, bestKey) > 0) {
          best = item;
          bestKey = k;
        }
      }
      return best;
    },
  },
  min_by: {
    signature: [{ types: ['array'] }, { types: ['expref'] }],
    fn: ([x, expref]) => {
      const list = x as PyValue[];
      const key = keyFunc('min_by', expref as Expref, ['number', 'string']);
      if (list.length === 0) return null;
      let best = list[0];
      let bestKey = key(best);
      for (const item of list.slice(1)) {
        const k = key(item);
        if (compareKeys(k, bestKey) < 0) {
          best = item;
          bestKey = k;
        }
      }
      return best;
    },
  },
  merge: {
    signature: [{ types: ['object'], variadic: true }],
    fn: (args) => Object.assign({}, ...(args as PyDict[])) as PyDict,
  },
  not_null: { signature: [{ types: [], variadic: true }], fn: (args) => (args.find((a) => a !== null) as PyValue | undefined) ?? null },
  reverse: {
    signature: [{ types: ['array', 'string'] }],
    fn: ([x]) => (typeof x === 'string' ? [...x].reverse().join('') : [...(x as PyValue[])].reverse()),
  },
  sort: {
    signature: [{ types: ['array-string', 'array-number'] }],
    fn: ([x]) => [...(x as PyValue[])].sort(compareKeys),
  },
  sort_by: {
    signature: [{ types: ['array'] }, { types: ['expref'] }],
    fn: ([x, expref]) => {
      const list = x as PyValue[];
      if (list.length === 0) return list;
      const firstType = jmesType(applyExpref(expref as Expref, list[0]));
      if (firstType !== 'number' && firstType !== 'string') throw new JmesTypeError('sort_by', list[0], firstType, ['string', 'number']);
      const key = keyFunc('sort_by', expref as Expref, [firstType]);
      const keyed = list.map((item) => [key(item), item] as const);
      return keyed.sort((a, b) => compareKeys(a[0], b[0])).map(([, item]) => item);
    },
  },
  sum: { signature: [{ types: ['array-number'] }], fn: ([x]) => sumNumbers(x as PyValue[]) },
  to_array: { signature: [{ types: [] }], fn: ([x]) => (Array.isArray(x) ? x : [x as PyValue]) },
  to_string: {
    signature: [{ types: [] }],
    fn: ([x]) => (typeof x === 'string' ? x : pyJsonDumpsCompact(x as PyValue)),
  },
  to_number: {
    signature: [{ types: [] }],
    fn: ([x]) => {
      if (x === null || typeof x === 'boolean' || Array.isArray(x) || isPyDict(x)) return null;
      if (isPyNumber(x)) return x;
      const text = (x as string).trim();
      if (/^[+-]?\d+$/.test(text)) return Number(text);
      if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || /^[+-]?(inf|infinity|nan)$/i.test(text)) {
        return new PyFloat(Number(text.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity')));
      }
      return null;
    },
  },
  type: { signature: [{ types: [] }], fn: ([x]) => jmesType(x) },
};

function callFunction(name: string, args: Value[]): PyValue {
  const entry = FUNCTIONS[name];
  if (!entry) throw new GeneralError(`Unknown function: ${name}()`);
  checkArgs(name, args, entry.signature);
  return entry.fn(args);
}
