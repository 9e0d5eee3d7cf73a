const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MINUTE_MS = 60_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Minutes after Sunday 00:00 UTC of a stored `ddd:hh24:mi` point. */
function weekMinute(point: string): number {
  const [day, hours, minutes] = point.split(':');
  return DAYS.indexOf(day.toLowerCase()) * MINUTES_PER_DAY + Number(hours) * 60 + Number(minutes);
}

function parse(window: string): { start: number; length: number } {
  const [from, to] = window.split('-');
  const start = weekMinute(from);
  return { start, length: (weekMinute(to) - start + MINUTES_PER_WEEK) % MINUTES_PER_WEEK };
}

function minuteOfWeek(at: number): number {
  const date = new Date(at);
  return date.getUTCDay() * MINUTES_PER_DAY + date.getUTCHours() * 60 + date.getUTCMinutes();
}

/** Whether `at` (epoch ms) falls inside a stored weekly maintenance window. */
export function isInsideMaintenanceWindow(window: string, at: number): boolean {
  const { start, length } = parse(window);
  return (minuteOfWeek(at) - start + MINUTES_PER_WEEK) % MINUTES_PER_WEEK < length;
}

/** The next time (epoch ms, strictly after `after`, on a whole minute) the weekly window opens. */
export function nextMaintenanceWindowStart(window: string, after: number): number {
  const { start } = parse(window);
  const base = Math.floor(after / MINUTE_MS) * MINUTE_MS;
  let delta = (start - minuteOfWeek(base) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  if (delta === 0) delta = MINUTES_PER_WEEK;
  return base + delta * MINUTE_MS;
}
