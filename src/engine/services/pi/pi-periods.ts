import { invalidArgument } from './pi-errors';

/** The periods Performance Insights accepts (GetResourceMetrics PeriodInSeconds). */
export const PI_PERIODS = [1, 60, 300, 3600, 86400] as const;
/** PI picks a period that gives "roughly 100–200 data points" when none is given. */
const TARGET_POINTS = 200;
/** The most data points the sandbox computes for one series (our limit). */
export const MAX_PI_POINTS = 1440;

export interface PiWindow {
  readonly periodSeconds: number;
  readonly alignedStart: number;
  readonly alignedEnd: number;
}

/**
 * Checks the time range and period and aligns them: the start rounds down and the end up to a
 * period boundary (AlignedStartTime / AlignedEndTime).
 */
export function piWindow(start: number, end: number, period: number | undefined): PiWindow {
  if (end <= start) throw invalidArgument('EndTime must be after StartTime.');
  if (period !== undefined && !(PI_PERIODS as readonly number[]).includes(period)) {
    throw invalidArgument(`PeriodInSeconds ${period} is not valid. Valid values are 1, 60, 300, 3600 and 86400.`);
  }
  const chosen = period ?? PI_PERIODS.find((p) => (end - start) / (p * 1000) <= TARGET_POINTS) ?? 86400;
  const ms = chosen * 1000;
  const alignedStart = Math.floor(start / ms) * ms;
  const alignedEnd = Math.ceil(end / ms) * ms;
  if ((alignedEnd - alignedStart) / ms > MAX_PI_POINTS) {
    throw invalidArgument(`The requested time range and PeriodInSeconds ${chosen} would return more than ${MAX_PI_POINTS} data points. Increase PeriodInSeconds or shorten the time range.`);
  }
  return { periodSeconds: chosen, alignedStart, alignedEnd };
}

/** The minutes sampled inside one period (every minute; every 15 for daily periods; one for sub-minute). */
export function sampleTimes(periodStart: number, periodSeconds: number): number[] {
  const minute = 60_000;
  if (periodSeconds < 60) return [Math.floor(periodStart / minute) * minute];
  const step = periodSeconds >= 86400 ? 15 * minute : minute;
  const times: number[] = [];
  for (let t = periodStart; t < periodStart + periodSeconds * 1000; t += step) times.push(t);
  return times;
}
