import { validationError } from '../monitoring-errors';

/** A time series as metric math sees it: values by timestamp. */
export type TimeSeries = ReadonlyMap<number, number>;
type Operand = TimeSeries | number;

/**
 * A small subset of CloudWatch metric math: query ids, numbers, `+ - * /` and parentheses
 * (e.g. `m1 / m2 * 100`). Series combine point by point on the timestamps they share.
 */
export function evaluateExpression(id: string, expression: string, series: (ref: string) => TimeSeries | undefined): TimeSeries {
  const tokens = expression.match(/\s*([A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[-+*/()])/g)?.map((t) => t.trim()) ?? [];
  if (tokens.join('') !== expression.replace(/\s+/g, '')) throw validationError(`Error in expression ${id}: Unsupported expression '${expression}'`);
  let position = 0;
  const fail = (why: string) => validationError(`Error in expression ${id}: ${why}`);
  const primary = (): Operand => {
    const token = tokens[position++];
    if (token === undefined) throw fail('Unexpected end of expression');
    if (token === '(') {
      const value = sum();
      if (tokens[position++] !== ')') throw fail('Missing closing parenthesis');
      return value;
    }
    if (token === '-') return combine(0, primary(), '-');
    if (/^\d/.test(token)) return Number(token);
    const found = series(token);
    if (!found) throw fail(`Unrecognized identifier '${token}'`);
    return found;
  };
  const product = (): Operand => {
    let left = primary();
    while (tokens[position] === '*' || tokens[position] === '/') {
      const op = tokens[position++];
      left = combine(left, primary(), op);
    }
    return left;
  };
  const sum = (): Operand => {
    let left = product();
    while (tokens[position] === '+' || tokens[position] === '-') {
      const op = tokens[position++];
      left = combine(left, product(), op);
    }
    return left;
  };
  const result = sum();
  if (position !== tokens.length) throw fail(`Unexpected '${tokens[position]}'`);
  if (typeof result === 'number') throw fail('The expression must return a time series');
  return result;
}

function apply(a: number, b: number, op: string): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    default:
      return a / b;
  }
}

function combine(left: Operand, right: Operand, op: string): Operand {
  if (typeof left === 'number' && typeof right === 'number') return apply(left, right, op);
  if (typeof left === 'number') return new Map([...(right as TimeSeries)].map(([t, v]) => [t, apply(left, v, op)]));
  if (typeof right === 'number') return new Map([...left].map(([t, v]) => [t, apply(v, right, op)]));
  const out = new Map<number, number>();
  for (const [t, v] of left) {
    const w = right.get(t);
    if (w !== undefined) out.set(t, apply(v, w, op));
  }
  return out;
}
