/**
 * The archive's TIME ("Sun, 18 Feb 2018 21:35:43 +0400", "Wed, 16 May 2018 10:02:11 GMT") or an ISO
 * timestamp, as an ISO string in UTC; null when it is neither. Parsed by hand rather than Date.parse,
 * whose reading of non-ISO strings is implementation-defined.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC_2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseWireTime(value: string): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return null;
  if (ISO.test(text)) {
    const time = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
    return Number.isNaN(time.getTime()) ? null : time.toISOString();
  }
  const match = RFC_2822.exec(text);
  if (!match) return null;
  const [, day, monthName, year, hours, minutes, seconds = '0', zone = 'GMT'] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || Number(day) > 31 || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 60) return null;
  const offsetMinutes = /^[+-]/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
    : 0;
  const wallClock = Date.UTC(Number(year), month, Number(day), Number(hours), Number(minutes), Number(seconds));
  // Date.UTC rolls 31 Feb over to 3 Mar: a day that moved was not a real date.
  if (new Date(wallClock).getUTCDate() !== Number(day)) return null;
  return new Date(wallClock - offsetMinutes * 60_000).toISOString();
}
