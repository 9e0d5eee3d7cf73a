/**
 * An operation's output as the AWS CLI shows it in JSON (and as `--query` sees it): timestamps
 * become ISO-8601 strings, undefined members disappear.
 */
export function toCliJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (Array.isArray(value)) return value.map(toCliJsonValue);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toCliJsonValue(v);
    return out;
  }
  return value;
}
