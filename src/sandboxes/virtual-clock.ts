/** What fixes a sandbox's virtual clock: where it started, how fast it runs, how far it was pushed. */
export interface ClockSettings {
  readonly realStartedAt: Date;
  readonly virtualStartMs: number;
  /** Virtual ms per real ms. */
  readonly speed: number;
}

/**
 * Virtual time flows with real time at `speed`, plus every fast-forward taken (`offsetMs`); it never
 * goes backwards past what the sandbox has already seen (`floorMs`).
 */
export function virtualNow(clock: ClockSettings, offsetMs: number, floorMs: number, realNowMs: number): number {
  const flowing = clock.virtualStartMs + (realNowMs - clock.realStartedAt.getTime()) * clock.speed + offsetMs;
  return Math.max(Math.floor(flowing), floorMs);
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The most one fast-forward may add: a week is longer than any Aurora lifecycle. */
export const MAX_ADVANCE_MS = 7 * 86_400_000;

export class InvalidDurationError extends Error {
  constructor(readonly input: string) {
    super(`"${input}" is not a duration: use a number with ms, s, m, h or d (e.g. "90s", "15m", "1h"), up to 7d.`);
    this.name = 'InvalidDurationError';
  }
}

/** Parses `90s`, `15m`, `1h`, `2d` into ms (positive, at most a week). */
export function parseDuration(input: string): number {
  const match = DURATION.exec(input.trim());
  if (!match) throw new InvalidDurationError(input);
  const ms = Math.round(Number(match[1]) * UNIT_MS[match[2]]);
  if (ms <= 0 || ms > MAX_ADVANCE_MS) throw new InvalidDurationError(input);
  return ms;
}
