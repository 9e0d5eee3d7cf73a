import type { DeterministicIds } from '../../sandbox/deterministic-ids';
import { BLOCK_LENGTH_MINUTES, windowBlockStart } from './catalog/maintenance-blocks';
import { invalidParameterValue } from './rds-errors';

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MIN_WINDOW_MINUTES = 30;
const DEFAULT_WINDOW_MINUTES = 30;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A recurring window as [start, start + length) minutes, daily or weekly. */
interface Window {
  readonly start: number;
  readonly length: number;
}

function parseTime(time: string): number | undefined {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** `hh24:mi-hh24:mi` UTC, at least 30 minutes; may wrap past midnight. */
export function parseBackupWindow(value: string): Window {
  const parts = value.split('-');
  const times = parts.map(parseTime);
  for (let i = 0; i < Math.max(parts.length, 2); i++) {
    if (parts.length !== 2 || times[i] === undefined) {
      throw invalidParameterValue(
        `Invalid backup window time '${parts[i] ?? value}' specified. Should be specified as a time hh24:mi (24H Clock UTC). Example: 03:15`,
      );
    }
  }
  const [start, end] = times as [number, number];
  const length = (end - start + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (length < MIN_WINDOW_MINUTES) throw invalidParameterValue('Backup window must be at least 30 minutes.');
  return { start, length };
}

function parseDayTime(value: string): number | undefined {
  const match = /^([a-zA-Z]{3}):(.+)$/.exec(value);
  if (!match) return undefined;
  const day = DAYS.indexOf(match[1].toLowerCase() as (typeof DAYS)[number]);
  const time = parseTime(match[2]);
  return day < 0 || time === undefined ? undefined : day * MINUTES_PER_DAY + time;
}

/** `ddd:hh24:mi-ddd:hh24:mi` UTC, at least 30 minutes; may wrap past Saturday. */
export function parseMaintenanceWindow(value: string): Window {
  const parts = value.split('-');
  const times = parts.map(parseDayTime);
  for (let i = 0; i < Math.max(parts.length, 2); i++) {
    if (parts.length !== 2 || times[i] === undefined) {
      throw invalidParameterValue(
        `Invalid maintenance window time '${parts[i] ?? value}' specified. Should be specified as a time ddd:hh24:mi (24H Clock UTC). Example: Mon:00:15`,
      );
    }
  }
  const [start, end] = times as [number, number];
  const length = (end - start + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  if (length < MIN_WINDOW_MINUTES) throw invalidParameterValue('The maintenance window must be at least 30 minutes.');
  return { start, length };
}

function intervalsOverlap(aStart: number, aLength: number, bStart: number, bLength: number): boolean {
  return aStart < bStart + bLength && bStart < aStart + aLength;
}

/** The daily backup window recurs every day of the week, so test each day (and the wrap). */
function windowsOverlap(backup: Window, maintenance: Window): boolean {
  for (let day = -1; day <= 7; day++) {
    const start = day * MINUTES_PER_DAY + backup.start;
    for (const shift of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
      if (intervalsOverlap(start, backup.length, maintenance.start + shift, maintenance.length)) return true;
    }
  }
  return false;
}

function formatTime(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function formatDayTime(minutes: number): string {
  const m = ((minutes % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  return `${DAYS[Math.floor(m / MINUTES_PER_DAY)]}:${formatTime(m)}`;
}

function formatBackup(window: Window): string {
  return `${formatTime(window.start)}-${formatTime(window.start + window.length)}`;
}

function formatMaintenance(window: Window): string {
  return `${formatDayTime(window.start)}-${formatDayTime(window.start + window.length)}`;
}

function randomBelow(ids: DeterministicIds, n: number): number {
  return parseInt(ids.hex(8), 16) % n;
}

export interface RequestedWindows {
  readonly backup: Window | null;
  readonly maintenance: Window | null;
}

/**
 * Parses and cross-checks the requested windows. Throws (before anything changes) for a bad
 * format, a window under 30 minutes, or windows that overlap.
 */
export function checkWindows(backupWindow: string | undefined, maintenanceWindow: string | undefined): RequestedWindows {
  const backup = backupWindow === undefined ? null : parseBackupWindow(backupWindow);
  const maintenance = maintenanceWindow === undefined ? null : parseMaintenanceWindow(maintenanceWindow);
  if (backup && maintenance && windowsOverlap(backup, maintenance)) {
    throw invalidParameterValue('The backup window and maintenance window must not overlap.');
  }
  return { backup, maintenance };
}

/**
 * The windows a new resource gets: the requested ones, and for each one omitted a random
 * 30-minute window inside the Region's 8-hour block (on a random day for maintenance) that does
 * not overlap the other.
 */
export function chooseWindows(region: string, requested: RequestedWindows, ids: DeterministicIds): { backup: string; maintenance: string } {
  const blockStart = windowBlockStart(region);
  const backup = requested.backup ?? {
    start: blockStart + randomBelow(ids, BLOCK_LENGTH_MINUTES - DEFAULT_WINDOW_MINUTES + 1),
    length: DEFAULT_WINDOW_MINUTES,
  };
  let maintenance = requested.maintenance;
  if (!maintenance) {
    const day = randomBelow(ids, 7);
    const offset = randomBelow(ids, BLOCK_LENGTH_MINUTES - DEFAULT_WINDOW_MINUTES + 1);
    // Walk forward through the block (then the following days) until the window clears the backup window.
    for (let step = 0; ; step += DEFAULT_WINDOW_MINUTES) {
      const candidate = {
        start: (day * MINUTES_PER_DAY + blockStart + ((offset + step) % (BLOCK_LENGTH_MINUTES - DEFAULT_WINDOW_MINUTES + 1))) % MINUTES_PER_WEEK,
        length: DEFAULT_WINDOW_MINUTES,
      };
      if (!windowsOverlap(backup, candidate)) {
        maintenance = candidate;
        break;
      }
      if (step >= BLOCK_LENGTH_MINUTES) {
        // A requested backup window can fill the whole block: start right after it instead.
        maintenance = { start: (day * MINUTES_PER_DAY + backup.start + backup.length) % MINUTES_PER_WEEK, length: DEFAULT_WINDOW_MINUTES };
        break;
      }
    }
  }
  return { backup: formatBackup(backup), maintenance: formatMaintenance(maintenance) };
}

/** A default maintenance window for a DB instance (its own, inside the same Region block). */
export function chooseInstanceMaintenanceWindow(region: string, requested: string | undefined, ids: DeterministicIds): string {
  if (requested !== undefined) return formatMaintenance(parseMaintenanceWindow(requested));
  return chooseWindows(region, { backup: null, maintenance: null }, ids).maintenance;
}
