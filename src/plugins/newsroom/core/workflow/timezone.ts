/**
 * Time zones, with Intl only (Node's full ICU): times are stored in UTC and shown in the newsroom's zone.
 * Formatters are cached: building an Intl.DateTimeFormat costs far more than using one.
 */

export type UiLocale = 'ar' | 'en';

export interface FormatOptions {
  /** The Intl locale to format with, e.g. `ar-IQ` (كانون الثاني, Arabic-Indic digits); default `ar` / `en`. */
  intlLocale?: string;
  /** Append the zone's offset (e.g. `GMT+3`, `غرينتش+3`); default true. */
  withZone?: boolean;
}

/** Wall-clock fields of an instant in a zone (month 1–12, hour 0–23). */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type WallTimeResult = { ok: true; at: Date } | { ok: false; reason: 'format' | 'nonexistent' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** An IANA zone name Intl knows (`Asia/Baghdad`, `UTC`); offsets such as `+03:00` are refused. */
export function isValidTimeZone(value: unknown): value is string {
  return canonicalTimeZone(value) !== null;
}

/** The zone's canonical spelling (`asia/baghdad` → `Asia/Baghdad`), or null when it is not a zone. */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The instant as the newsroom reads it: "14 January 2025 at 15:30 GMT+3" / "١٤ كانون الثاني ٢٠٢٥ في ٣:٣٠ م غرينتش+٣"
 * (exact words depend on the locale; Gregorian calendar always, whatever the locale's default).
 */
export function formatInZone(
  date: Date | string,
  timeZone: string,
  locale: UiLocale,
  options: FormatOptions = {},
): string {
  const instant = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`formatInZone: invalid date ${String(date)}`);
  const intlOptions: Intl.DateTimeFormatOptions = {
    timeZone,
    calendar: 'gregory',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(options.withZone === false ? {} : { timeZoneName: 'short' }),
  };
  return formatter(options.intlLocale ?? locale, intlOptions).format(instant);
}

/** The wall-clock fields of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts = formatter('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** The zone's offset from UTC at that instant, in minutes (Asia/Baghdad: 180). */
export function offsetMinutesAt(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wallAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const HOUR_MS = 3_600_000;

/**
 * `offsetMinutesAt` for many instants of one zone (a sitemap's or feed's dates: `formatToParts` costs about
 * 20 µs, a 1,000-story news sitemap asked it 1,000 times): remembered per UTC hour when the zone has the same
 * offset at both ends of that hour, asked exactly otherwise (an hour with a change in it).
 */
export function offsetMinutesOf(timeZone: string): (at: Date) => number {
  const hours = new Map<number, number | null>();
  return (at) => {
    const hour = Math.floor(at.getTime() / HOUR_MS);
    let offset = hours.get(hour);
    if (offset === undefined) {
      const start = offsetMinutesAt(new Date(hour * HOUR_MS), timeZone);
      offset = start === offsetMinutesAt(new Date((hour + 1) * HOUR_MS - 1), timeZone) ? start : null;
      hours.set(hour, offset);
    }
    return offset ?? offsetMinutesAt(at, timeZone);
  };
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The UTC instant of a wall-clock time in a zone: what a `datetime-local` field means in the newsroom's zone
 * (`2025-01-14T15:30` in Asia/Baghdad → 12:30Z). A time skipped by a DST change is refused (`nonexistent`);
 * a time that occurs twice (clocks going back) is the earlier one.
 */
export function zonedWallTimeToUtc(wall: string, timeZone: string): WallTimeResult {
  const match = WALL_TIME.exec(wall);
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    return { ok: false, reason: 'format' };
  }
  const halfDay = 12 * 3600 * 1000;
  const candidates = [guess - halfDay, guess + halfDay]
    .map((probe) => guess - offsetMinutesAt(new Date(probe), timeZone) * 60000)
    .filter((candidate) => {
      const p = zonedParts(new Date(candidate), timeZone);
      return p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute;
    });
  if (candidates.length === 0) return { ok: false, reason: 'nonexistent' };
  return { ok: true, at: new Date(Math.min(...candidates)) };
}
