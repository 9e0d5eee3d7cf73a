import { pyStr } from '../python/py-repr';
import { isPyDict, type PyDict, type PyValue } from '../python/py-value';

/**
 * `--output text` (awscli/text.py): scalars of a dict on one tab-separated line in sorted key order,
 * nested lists/dicts on following lines prefixed by their upper-cased key.
 */
export function formatText(value: PyValue): string {
  const out: string[] = [];
  formatItem(value, out, undefined, undefined);
  return out.join('');
}

function isScalar(value: PyValue): boolean {
  return !Array.isArray(value) && !isPyDict(value);
}

function formatItem(item: PyValue, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (isPyDict(item)) formatDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(`${pyStr(item)}\n`);
}

function formatList(item: PyValue[], identifier: string | undefined, out: string[]): void {
  if (item.length === 0) return;
  if (item.some(isPyDict)) {
    const allKeys = allScalarKeys(item);
    for (const element of item) formatItem(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter(isScalar);
    const nonScalars = item.filter((e) => !isScalar(e));
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const nonScalar of nonScalars) formatItem(nonScalar, out, identifier, undefined);
  } else formatScalarList(item, identifier, out);
}

function formatScalarList(elements: PyValue[], identifier: string | undefined, out: string[]): void {
  if (identifier !== undefined) {
    for (const element of elements) out.push(`${identifier.toUpperCase()}\t${pyStr(element)}\n`);
  } else out.push(`${elements.map(pyStr).join('\t')}\n`);
}

function formatDict(scalarKeys: string[] | undefined, item: PyDict, identifier: string | undefined, out: string[]): void {
  const [scalars, nonScalars] = partitionDict(item, scalarKeys);
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [newIdentifier, nonScalar] of nonScalars) formatItem(nonScalar, out, newIdentifier, undefined);
}

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function allScalarKeys(listOfDicts: PyValue[]): string[] {
  const seen = new Set<string>();
  for (const item of listOfDicts) {
    if (!isPyDict(item)) continue;
    for (const [key, value] of Object.entries(item)) if (isScalar(value)) seen.add(key);
  }
  return sortedKeys(seen);
}

function partitionDict(item: PyDict, scalarKeys: string[] | undefined): [string[], Array<[string, PyValue]>] {
  const scalar: string[] = [];
  const nonScalar: Array<[string, PyValue]> = [];
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key];
      if (isScalar(value)) scalar.push(pyStr(value));
      else nonScalar.push([key, value]);
    }
  } else {
    for (const key of scalarKeys) scalar.push(pyStr(Object.prototype.hasOwnProperty.call(item, key) ? item[key] : ''));
    const remaining = sortedKeys(Object.keys(item).filter((key) => !scalarKeys.includes(key)));
    for (const key of remaining) nonScalar.push([key, item[key]]);
  }
  return [scalar, nonScalar];
}
