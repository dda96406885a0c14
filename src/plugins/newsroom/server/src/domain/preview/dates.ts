/**
 * Dates as the page shows them: Intl in the labels' language, the newsroom's time zone, the
 * Gregorian calendar (ar-SA would otherwise default to the Umm al-Qura calendar) and the chosen
 * digits. Formatters are cached: building one costs far more than formatting with it.
 */
export interface DateFormat {
  locale: string;
  timeZone: string;
  numberingSystem: string;
}

export interface FormattedDate {
  /** For the `datetime` attribute: always ISO 8601 UTC. */
  iso: string;
  text: string;
}

const MAX_CACHED_FORMATTERS = 32;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor({ locale, timeZone, numberingSystem }: DateFormat): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${numberingSystem}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone,
      numberingSystem,
      calendar: 'gregory',
    });
    if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Throws a RangeError naming the option when the time zone or numbering system is unknown. */
export function checkDateFormat(format: DateFormat, fn: string): void {
  try {
    formatterFor(format);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RangeError(
      `${fn}: cannot format dates with timezone ${JSON.stringify(format.timeZone)} and numberingSystem ${JSON.stringify(format.numberingSystem)}: ${detail}`,
    );
  }
}

/** null for a missing or unparseable date. */
export function formatDate(value: unknown, format: DateFormat): FormattedDate | null {
  if (typeof value !== 'string' || value === '' || value.length > 64) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), text: formatterFor(format).format(date) };
}
