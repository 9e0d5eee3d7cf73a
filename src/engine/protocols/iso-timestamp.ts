const DAY_MS = 86_400_000;
/** 9999-12-31T23:59:59.999Z: beyond it `toISOString` switches to six-digit years. */
const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999;

/** The last day formatted, `YYYY-MM-DDT`: a sandbox's timestamps mostly fall on a few days. */
let cachedDayStart = Number.NaN;
let cachedDayPrefix = '';

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

function threeDigits(value: number): string {
  return value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`;
}

/**
 * `new Date(ms).toISOString()`, without its cost on every timestamp of every answer (~0.45 µs
 * each in V8): the date part is formatted once per day, the time of day by arithmetic.
 */
export function isoTimestamp(ms: number): string {
  if (!(ms >= 0 && ms <= LAST_FOUR_DIGIT_YEAR_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const timeOfDay = ms % DAY_MS;
  const dayStart = ms - timeOfDay;
  if (dayStart !== cachedDayStart) {
    cachedDayPrefix = new Date(dayStart).toISOString().slice(0, 11);
    cachedDayStart = dayStart;
  }
  const seconds = Math.floor(timeOfDay / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${cachedDayPrefix}${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}:${twoDigits(seconds % 60)}.${threeDigits(timeOfDay % 1000)}Z`;
}
