/**
 * Schedule times. Decisions:
 *  - Input is an ISO 8601 instant with an explicit offset or `Z` (`2025-01-14T15:30+03:00`): a bare local time
 *    is ambiguous between the writer's browser, the server and the newsroom, so it is refused here (the admin
 *    converts a wall time in the newsroom's zone with `zonedWallTimeToUtc` first).
 *  - Precision is the minute: seconds and milliseconds are dropped (floored), and the result must still be
 *    strictly after `now`. The scheduler ticks every minute, and "publishes at the scheduled minute".
 *  - At most `SCHEDULE_MAX_AHEAD_DAYS` ahead: a year typed as 2205 is a typo, not a plan.
 *  - Stored and compared as UTC ISO strings (`2025-01-14T12:30:00.000Z`), which sort as the instants do.
 */

export const SCHEDULE_MAX_AHEAD_DAYS = 366;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** On `past` and `too_far`, `at` is the time that was read (floored), for the message. */
export type ScheduleParse =
  | { ok: true; at: Date; iso: string }
  | { ok: false; problem: 'missing' | 'format' }
  | { ok: false; problem: 'past' | 'too_far'; at: Date };

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

/** A strict ISO 8601 instant with offset or `Z`; null for anything else, including 30 February or 24:00. */
export function parseIsoInstant(input: string): Date | null {
  const match = ISO_INSTANT.exec(input);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millis = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  const offsetHours = match[8] ? 0 : Number(match[10]);
  const offsetMinutes = match[8] ? 0 : Number(match[11]);
  if (hour > 23 || minute > 59 || second > 59 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60)
    return null;
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  wall.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  if (wall.getUTCFullYear() !== year || wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day) return null;
  const sign = match[9] === '-' ? -1 : 1;
  return new Date(wall.getTime() - sign * (offsetHours * 60 + offsetMinutes) * MINUTE);
}

/**
 * The next whole minute, or the time itself when it is one: a schedule is an embargo, so a time within a minute
 * is rounded up, never down (flooring published up to 59 s early).
 */
export function ceilToMinute(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / MINUTE) * MINUTE);
}

/** A schedule time from a request: valid, rounded up to the minute, in the future and not absurdly far. */
export function parseScheduleTime(input: unknown, now: Date, options: { maxAheadDays?: number } = {}): ScheduleParse {
  if (input === undefined || input === null || input === '') return { ok: false, problem: 'missing' };
  if (typeof input !== 'string') return { ok: false, problem: 'format' };
  const parsed = parseIsoInstant(input.trim());
  if (!parsed) return { ok: false, problem: 'format' };
  const at = ceilToMinute(parsed);
  if (at.getTime() <= now.getTime()) return { ok: false, problem: 'past', at };
  if (at.getTime() - now.getTime() > (options.maxAheadDays ?? SCHEDULE_MAX_AHEAD_DAYS) * DAY)
    return { ok: false, problem: 'too_far', at };
  return { ok: true, at, iso: at.toISOString() };
}

/** A stored time as a Date (a Date, or a strict ISO instant); null when it is not one. */
export function toInstant(value: Date | string): Date | null {
  const date = typeof value === 'string' ? parseIsoInstant(value) : value;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Due once its minute has come. An unreadable time is never due: nothing goes live on garbage. */
export function isDue(scheduledAt: Date | string, now: Date): boolean {
  const at = toInstant(scheduledAt);
  return at !== null && at.getTime() <= now.getTime();
}
