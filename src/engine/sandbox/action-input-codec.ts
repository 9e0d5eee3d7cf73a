/**
 * Request inputs are stored as JSON; timestamps (Date) survive as `{"$date": "<ISO>"}` so a replay
 * hands handlers exactly what they first received.
 */
export function encodeActionInput(input: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(input, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  }));
}

function isDateTag(value: unknown): value is { $date: string } {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as { $date?: unknown }).$date === 'string';
}

export function decodeActionInput(stored: unknown): Record<string, unknown> {
  const revive = (value: unknown): unknown => {
    if (isDateTag(value)) return new Date(value.$date);
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
    }
    return value;
  };
  const result = revive(stored ?? {});
  return typeof result === 'object' && result !== null && !Array.isArray(result) ? (result as Record<string, unknown>) : {};
}
