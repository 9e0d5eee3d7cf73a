import type { Dimension } from '@aws-sdk/client-cloudwatch';
import { invalidParameterValue } from '../monitoring-errors';

const DAY = 86_400_000;
/** A metric has at most 30 dimensions (CloudWatch quotas). */
export const MAX_DIMENSIONS = 30;

/** Dimensions: at most 30, names and values 1–255 characters, no name twice. */
export function checkDimensions(parameter: string, dimensions: readonly Dimension[] | undefined): void {
  const list = dimensions ?? [];
  if (list.length > MAX_DIMENSIONS) {
    throw invalidParameterValue(`The collection ${parameter} must not have a size greater than ${MAX_DIMENSIONS}.`);
  }
  const seen = new Set<string>();
  for (const dimension of list) {
    const name = dimension.Name ?? '';
    if (name.length < 1 || name.length > 255) throw invalidParameterValue(`The parameter ${parameter}.member.Name must be between 1 and 255 characters.`);
    if ((dimension.Value ?? '').length < 1 || (dimension.Value ?? '').length > 1024) {
      throw invalidParameterValue(`The parameter ${parameter}.member.Value must be between 1 and 1024 characters.`);
    }
    if (seen.has(name)) throw invalidParameterValue(`No metric may have duplicate dimension names: ${name}.`);
    seen.add(name);
  }
}

/**
 * Period: 1, 5, 10, 20 or 30 seconds (high-resolution metrics), or any multiple of 60
 * (GetMetricStatistics / MetricStat "Period" in the CloudWatch API reference).
 */
export function isValidPeriod(period: number): boolean {
  return Number.isInteger(period) && period >= 1 && ([1, 5, 10, 20, 30].includes(period) || period % 60 === 0);
}

export function checkPeriod(parameter: string, period: number): void {
  if (!isValidPeriod(period)) {
    throw invalidParameterValue(`The parameter ${parameter} must be 1, 5, 10, 20, 30, or a multiple of 60.`);
  }
}

export function checkTimeRange(start: number, end: number): void {
  if (start >= end) throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
}

/**
 * CloudWatch rounds StartTime down (GetMetricStatistics API reference): to the minute when it is
 * less than 15 days ago, to 5 minutes up to 63 days, to the hour beyond. High-resolution periods
 * (under a minute) are not rounded.
 */
export function roundedStartTime(start: number, period: number, now: number): number {
  if (period < 60) return start;
  const age = now - start;
  const unit = age < 15 * DAY ? 60_000 : age < 63 * DAY ? 300_000 : 3_600_000;
  return Math.floor(start / unit) * unit;
}
