import { PyFloat, type PyValue } from '../python/py-value';

/**
 * Timestamps the way botocore reads input (`parse_to_aware_datetime`: epoch seconds or a date
 * string, naive means UTC) and the way the CLI v2 prints output (`datetime.isoformat()` in UTC:
 * `2023-01-01T00:00:00.123000+00:00`, no fraction when it is zero).
 */
export function parseTimestamp(value: PyValue | Date | undefined): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number' || value instanceof PyFloat) {
    const seconds = typeof value === 'number' ? value : value.value;
    return new Date(seconds * 1000);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return new Date(Number(text) * 1000);
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = iso;
    const ms = Number(`0.${frac || '0'}`) * 1000;
    let offsetMinutes = 0;
    if (zone && !/^(Z|UTC|GMT)$/i.test(zone)) {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
    }
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(ms)) - offsetMinutes * 60_000);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const fallback = Date.parse(/[zZ]|[+-]\d\d:?\d\d$|GMT|UTC/.test(text) ? text : `${text} UTC`);
  return Number.isNaN(fallback) ? undefined : new Date(fallback);
}

/** Python `datetime.isoformat()` of a UTC-aware datetime. */
export function isoFormat(date: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const base =
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const ms = date.getUTCMilliseconds();
  return `${base}${ms === 0 ? '' : `.${pad(ms, 3)}000`}+00:00`;
}
