import { zonedParts, zonedWallTimeToUtc, type UiLocale } from '../workflow/timezone';

/**
 * The planning calendar's days and times (browser-safe). FullCalendar is given wall times in the newsroom's zone
 * with its own zone set to UTC, so every viewer sees the newsroom's clock whatever the browser's zone, without a
 * time-zone plugin; a drop's wall time is read back into a UTC instant here.
 */

/** The largest sighting correction the newsroom may apply to the Umm al-Qura date, in days either way. */
export const HIJRI_OFFSET_LIMIT = 2;

const pad = (value: number) => String(value).padStart(2, '0');
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const hijriFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The Hijri (Umm al-Qura) date of a civil day `YYYY-MM-DD`, moved by `offsetDays` (−2…2: a newsroom that follows a
 * local sighting may be a day or two off the Saudi calendar): «١٥ جمادى الآخرة ١٤٤٨ هـ» / «15 Jumada II 1448 AH»;
 * `dayMonth` leaves the year out (a month view's cells).
 */
export function hijriDayLabel(
  day: string,
  locale: UiLocale,
  offsetDays = 0,
  form: 'full' | 'dayMonth' = 'full',
): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`hijriDayLabel: not a day ${day}`);
  if (!Number.isInteger(offsetDays) || Math.abs(offsetDays) > HIJRI_OFFSET_LIMIT)
    throw new RangeError(`hijriDayLabel: offset ${offsetDays} is outside ±${HIJRI_OFFSET_LIMIT}`);
  const [year, month, date] = match.slice(1).map(Number);
  // Noon UTC of the shifted day, formatted in UTC: the label never slides a day with the viewer's zone.
  const at = new Date(Date.UTC(year, month - 1, date + offsetDays, 12));
  const intl = `${locale === 'ar' ? 'ar-SA' : 'en'}-u-ca-islamic-umalqura`;
  let format = hijriFormats.get(`${intl}|${form}`);
  if (!format) {
    format = new Intl.DateTimeFormat(intl, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      ...(form === 'full' ? { year: 'numeric' } : {}),
    });
    hijriFormats.set(`${intl}|${form}`, format);
  }
  return format.format(at);
}

/** A day as `YYYY-MM-DD` from a FullCalendar date (UTC fields: the calendar runs in UTC, see above). */
export const dayOf = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The instant as FullCalendar is given it: the wall time in the newsroom's zone, `YYYY-MM-DDTHH:mm:ss`. */
export function wallTimeIn(at: string | Date, timeZone: string): string {
  const p = zonedParts(typeof at === 'string' ? new Date(at) : at, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** A dropped event's start (UTC fields hold the newsroom's wall time) as the UTC instant, or null in a DST gap. */
export function instantOfWallDate(date: Date, timeZone: string): string | null {
  const wall = `${dayOf(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const result = zonedWallTimeToUtc(wall, timeZone);
  return result.ok ? result.at.toISOString() : null;
}
