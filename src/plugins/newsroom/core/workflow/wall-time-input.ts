import { zonedParts, zonedWallTimeToUtc, type UiLocale, type WallTimeResult } from './timezone';

/**
 * The schedule and plan inputs: a newsroom time typed as `2026-12-06 14:30` (24-hour, the newsroom's zone),
 * the same whatever the browser's locale — unlike `<input type="datetime-local">`, which shows `mm/dd/yyyy` and
 * a 12-hour clock to an en-US browser and hides the zone. Arabic-Indic and Persian digits are read too.
 */

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Arabic-Indic and Persian digits as ASCII digits (the input shows what it sends, left to right). */
export const toWesternDigits = (text: string) =>
  text.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
// Year, month, day with `-`, `/` or `.`; then a space or `T`; then hours and minutes with `:` (seconds allowed).
const TYPED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+|T)(\d{1,2})[:٫](\d{2})(?::\d{2})?$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** The typed text as a wall time `YYYY-MM-DDTHH:mm`, or null when it is not one (the date itself is checked later). */
export function wallTimeFromInput(text: string): string | null {
  const match = TYPED.exec(toWesternDigits(text.trim()).replace(/\u060c/g, ','));
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** What the input means: the UTC instant, or why not (`format`: unreadable or no such date; `nonexistent`: a DST gap). */
export function readTypedTime(text: string, timeZone: string): WallTimeResult {
  const wall = wallTimeFromInput(text);
  return wall === null ? { ok: false, reason: 'format' } : zonedWallTimeToUtc(wall, timeZone);
}

/** An instant as the input shows it in the zone: `2026-12-06 14:30`. */
export function typedTimeOf(at: Date, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The next whole hour at least `leadMinutes` ahead, as the input's default. */
export function nextHourInput(now: Date, timeZone: string, leadMinutes = 30): string {
  const hour = 3600_000;
  const at = new Date(Math.ceil((now.getTime() + leadMinutes * 60_000) / hour) * hour);
  return typedTimeOf(at, timeZone);
}

/**
 * The read-back under the input, so the editor sees what the typed text means: weekday, date and 24-hour time
 * in the newsroom's zone with the zone's name, and the Hijri (Umm al-Qura) date beside it.
 */
export function describeTypedTime(at: Date, timeZone: string, locale: UiLocale): { gregorian: string; hijri: string } {
  const intl = locale === 'ar' ? 'ar' : 'en-GB';
  const gregorian = new Intl.DateTimeFormat(intl, {
    timeZone,
    calendar: 'gregory',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
  const hijri = new Intl.DateTimeFormat(`${intl}-u-ca-islamic-umalqura`, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(at);
  return { gregorian, hijri };
}
