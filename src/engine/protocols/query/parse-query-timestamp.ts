/**
 * A timestamp parameter as Query clients send it: ISO 8601 (`2023-01-01T00:00:00Z` from the JS SDK,
 * `2023-01-01T00:00:00.123456Z` from botocore, an offset instead of `Z`, a bare date), or epoch
 * seconds. Returns undefined for anything else, including impossible dates (`2023-02-30`).
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
const EPOCH_SECONDS = /^\d+(?:\.\d+)?$/;

export function parseQueryTimestamp(text: string): Date | undefined {
  if (EPOCH_SECONDS.test(text)) {
    const date = new Date(Math.round(Number(text) * 1000));
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const m = ISO_8601.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  probe.setUTCHours(hour, minute, second, millis);
  // Date rolls 2023-02-30 over to March; a real calendar date survives the round trip.
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return undefined;
  if (m[9] !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return undefined;
  const offsetMinutes = m[9] === undefined ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  return new Date(probe.getTime() - offsetMinutes * 60_000);
}
