import type { CliShape } from '../model/cli-shape';
import { isPyDict, PyFloat, type PyDict, type PyValue } from '../python/py-value';
import { isoFormat, parseTimestamp } from './timestamps';

/**
 * The boundary between the CLI's Python-shaped values and the host's SDK-shaped ones: inputs go
 * out as the SDK types them (numbers, `Date`, bytes); outputs come back as botocore's parser would
 * build them (model member order, unmodelled members dropped, ISO timestamps, floats for doubles).
 */
export function toHostInput(value: PyValue, shape: CliShape): unknown {
  switch (shape.typeName) {
    case 'structure': {
      if (!isPyDict(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const member = shape.members.get(key);
        out[key] = member ? toHostInput(item, member) : plain(item);
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => toHostInput(item, shape.member)) : plain(value);
    case 'map':
      return isPyDict(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toHostInput(v, shape.value)])) : plain(value);
    case 'timestamp':
      return parseTimestamp(value) ?? plain(value);
    case 'blob':
      return typeof value === 'string' ? decodeBase64(value) : plain(value);
    case 'boolean':
      return value;
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      if (typeof value === 'boolean') return value ? 1 : 0;
      return plain(value);
    default:
      return plain(value);
  }
}

function plain(value: PyValue): unknown {
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) return value.map(plain);
  if (isPyDict(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function decodeBase64(text: string): Uint8Array {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return new TextEncoder().encode(text);
  }
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromHostOutput(value: unknown, shape: CliShape): PyValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (shape.typeName) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return undefined;
      const source = value as Record<string, unknown>;
      const out: PyDict = {};
      for (const [name, member] of shape.members) {
        const converted = fromHostOutput(source[name], member);
        if (converted !== undefined) out[name] = converted;
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return value.map((item) => fromHostOutput(item, shape.member) ?? null);
    case 'map':
      if (typeof value !== 'object') return undefined;
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromHostOutput(v, shape.value) ?? null]),
      );
    case 'timestamp': {
      const date = parseTimestamp(value instanceof Date ? value : (value as PyValue));
      return date ? isoFormat(date) : String(value);
    }
    case 'blob':
      return value instanceof Uint8Array ? encodeBase64(value) : String(value);
    case 'boolean':
      return Boolean(value);
    case 'integer':
    case 'long': {
      const n = Number(value);
      return Number.isInteger(n) ? n : new PyFloat(n);
    }
    case 'double':
    case 'float':
      return new PyFloat(Number(value));
    case 'document':
      return toPyValue(value);
    default:
      return String(value);
  }
}

/** Plain JSON-like data (documents, untyped values) as Python values: integral numbers are ints. */
export function toPyValue(value: unknown): PyValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : new PyFloat(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoFormat(value);
  if (Array.isArray(value)) return value.map(toPyValue);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPyValue(v)]));
  return String(value);
}
