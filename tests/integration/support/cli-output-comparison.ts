const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;
/** The CLI fills idempotency tokens with random UUIDs: the only part of an output two runs may not share. */
export const maskUuids = (text: string): string => text.replace(UUID, '<uuid>');

/** The JSON documents of an output: one per command, so a loop's output is several, one after another. */
function jsonDocuments(text: string): unknown[] {
  return text
    .split(/(?<=^[}\]])\n(?=[{[])/m)
    .map((document) => JSON.parse(document) as unknown);
}

/** Whether `ours` holds every value `real` holds, at the same place (members the old model lacks may be extra). */
function coversData(ours: unknown, real: unknown): boolean {
  if (Array.isArray(real)) return Array.isArray(ours) && ours.length === real.length && real.every((item, i) => coversData(ours[i], item));
  if (real !== null && typeof real === 'object') {
    if (ours === null || typeof ours !== 'object' || Array.isArray(ours)) return false;
    return Object.entries(real).every(([key, value]) => coversData((ours as Record<string, unknown>)[key], value));
  }
  return ours === real;
}

/** Text and table output: every line the old CLI prints, ours prints too, in the same order. */
function coversLines(ours: string, real: string): boolean {
  const lines = ours.split('\n');
  let at = 0;
  for (const line of real.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

/**
 * Whether our output holds everything the real (older-model) CLI printed: JSON compared as data, text
 * and tables line by line in order; members only the newer model has may be extra.
 */
export function coversOutput(ours: string, real: string): boolean {
  try {
    return coversData(jsonDocuments(ours), jsonDocuments(real));
  } catch {
    return coversLines(ours, real);
  }
}
