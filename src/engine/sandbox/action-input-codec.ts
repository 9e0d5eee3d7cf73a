/**
 * Request inputs are stored as JSON; timestamps (Date) survive as `{"$date": "<ISO>"}` and blobs
 * (Uint8Array, e.g. a secret's `SecretBinary`) as `{"$bytes": "<base64>"}`, so a replay hands
 * handlers exactly what they first received.
 */
export function encodeActionInput(input: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(input, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString('base64') };
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  }));
}

function isDateTag(value: unknown): value is { $date: string } {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as { $date?: unknown }).$date === 'string';
}

function isBytesTag(value: unknown): value is { $bytes: string } {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as { $bytes?: unknown }).$bytes === 'string';
}

export function decodeActionInput(stored: unknown): Record<string, unknown> {
  const revive = (value: unknown): unknown => {
    if (isDateTag(value)) return new Date(value.$date);
    if (isBytesTag(value)) return new Uint8Array(Buffer.from(value.$bytes, 'base64'));
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
    }
    return value;
  };
  const result = revive(stored ?? {});
  return typeof result === 'object' && result !== null && !Array.isArray(result) ? (result as Record<string, unknown>) : {};
}
