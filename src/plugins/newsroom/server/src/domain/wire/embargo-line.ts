import { zonedWallTimeToUtc } from '../../../../core/workflow/timezone';

/**
 * An embargo line in wire copy — "EMBARGOED UNTIL 2026-12-06 10:00 GMT", "EMBARGO: 06/12/2026 13:00 +03:00",
 * «يحظر النشر قبل ٢٠٢٦/١٢/٠٦ ١٠:٠٠ بتوقيت غرينتش», «ممنوع النشر قبل …» — read into a UTC instant for the
 * article's `embargoUntil`, and removed from the copy. Dates: year-month-day or day/month/year (`-`, `/` or `.`),
 * a 24-hour time; Arabic-Indic and Persian digits too. Zone: GMT/UTC/Z/غرينتش/غ (UTC) or an offset (`+03:00`,
 * `+0300`, `GMT+3`); without one, the newsroom's zone (`defaultZone`). A line that names an embargo but cannot be
 * read is kept in the copy (an editor sees it) and reported.
 */

export interface EmbargoExtraction {
  /** The copy without the embargo line. */
  readonly text: string;
  /** UTC ISO, when a line was read. */
  readonly embargoUntil?: string;
  /** The embargo line that could not be read, kept in the copy. */
  readonly unreadable?: string;
}

const LINE = /^\s*(?:EMBARGOED\s+UNTIL|EMBARGO(?:ED)?\s*:|يحظر\s+النشر\s+قبل|ممنوع\s+النشر\s+قبل)\s*:?\s*(.*)$/i;
const DATE_TIME =
  /^(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))[\sT,]+(?:الساعة\s+)?(\d{1,2}):(\d{2})\s*(.*)$/;
const UTC_WORDS = /^(?:GMT|UTC|Z|بتوقيت\s+غرينتش|غرينتش|ت\.?\s*غ\.?|توقيت\s+غرينتش)$/i;
const OFFSET = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** Arabic-Indic (٠-٩) and Extended (۰-۹) digits as ASCII, the Arabic comma and colon-like marks as ASCII. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u060c/g, ',');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a line's date, time and zone name, or null. */
export function parseEmbargoTime(value: string, defaultZone: string): Date | null {
  const match = DATE_TIME.exec(asciiDigits(value).trim());
  if (!match) return null;
  const [year, month, day] = match[1]
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : [Number(match[6]), Number(match[5]), Number(match[4])];
  const [hour, minute] = [Number(match[7]), Number(match[8])];
  const wall = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
  const zone = match[9].trim().replace(/[.)]+$/, '');
  const utc = zonedWallTimeToUtc(wall, 'UTC');
  if (!utc.ok) return null;
  if (zone === '') {
    const local = zonedWallTimeToUtc(wall, defaultZone);
    return local.ok ? local.at : null;
  }
  if (UTC_WORDS.test(zone)) return utc.at;
  const offset = OFFSET.exec(zone);
  if (!offset) return null;
  const minutes = (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === '-' ? -1 : 1);
  if (Math.abs(minutes) > 14 * 60) return null;
  return new Date(utc.at.getTime() - minutes * 60_000);
}

/** Finds the first embargo line of the copy, reads it, and removes it when it could be read. */
export function extractEmbargo(text: string, defaultZone = 'UTC'): EmbargoExtraction {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => LINE.test(line));
  if (index < 0) return { text };
  const at = parseEmbargoTime(LINE.exec(lines[index])?.[1] ?? '', defaultZone);
  if (!at) return { text, unreadable: lines[index].trim() };
  return { text: [...lines.slice(0, index), ...lines.slice(index + 1)].join('\n'), embargoUntil: at.toISOString() };
}
