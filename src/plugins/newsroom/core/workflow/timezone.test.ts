import {
  offsetMinutesOf,
  canonicalTimeZone,
  formatInZone,
  isValidTimeZone,
  offsetMinutesAt,
  zonedParts,
  zonedWallTimeToUtc,
} from './timezone';

const noonInBaghdad = new Date('2025-01-14T12:30:00Z'); // 15:30 in Baghdad (UTC+3, no DST since 2008)
/** ICU versions differ in the spaces they use (U+202F before AM/PM in some): compare with plain spaces. */
const plain = (text: string): string => text.replace(/\s/gu, ' ');

describe('formatInZone', () => {
  it('shows a UTC time in Baghdad, in English', () => {
    expect(plain(formatInZone(noonInBaghdad, 'Asia/Baghdad', 'en'))).toBe('January 14, 2025 at 3:30 PM GMT+3');
    expect(
      plain(formatInZone('2025-01-14T12:30:00Z', 'Asia/Baghdad', 'en', { intlLocale: 'en-GB', withZone: false })),
    ).toBe('14 January 2025 at 15:30');
  });

  it('shows it in Arabic, with Arabic-Indic digits and Iraqi month names for ar-IQ', () => {
    expect(plain(formatInZone(noonInBaghdad, 'Asia/Baghdad', 'ar'))).toBe('14 يناير 2025 في 3:30 م غرينتش+3');
    expect(plain(formatInZone(noonInBaghdad, 'Asia/Baghdad', 'ar', { intlLocale: 'ar-IQ' }))).toBe(
      '١٤ كانون الثاني ٢٠٢٥ في ٣:٣٠ م غرينتش+٣',
    );
  });

  it('crosses the date line of the zone, not of UTC', () => {
    expect(plain(formatInZone('2025-01-14T22:10:00Z', 'Asia/Baghdad', 'en', { withZone: false }))).toBe(
      'January 15, 2025 at 1:10 AM',
    );
  });

  it('throws on an invalid date rather than printing "Invalid Date"', () => {
    expect(() => formatInZone('soon', 'Asia/Baghdad', 'en')).toThrow(RangeError);
  });
});

describe('time zone names', () => {
  it.each(['Asia/Baghdad', 'UTC', 'Europe/London', 'America/New_York'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['Asia/Bagdad', '+03:00', 'GMT+3 ', '', 'Mars/Olympus', 42])('refuses %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('canonicalizes the spelling', () => {
    expect(canonicalTimeZone('asia/baghdad')).toBe('Asia/Baghdad');
  });
});

describe('wall times in a zone', () => {
  it('reads the parts and the offset', () => {
    expect(zonedParts(noonInBaghdad, 'Asia/Baghdad')).toEqual({
      year: 2025,
      month: 1,
      day: 14,
      hour: 15,
      minute: 30,
      second: 0,
    });
    expect(offsetMinutesAt(noonInBaghdad, 'Asia/Baghdad')).toBe(180);
    expect(offsetMinutesAt(noonInBaghdad, 'America/New_York')).toBe(-300);
  });

  it('converts a datetime-local value in the newsroom’s zone to UTC', () => {
    expect(zonedWallTimeToUtc('2025-01-14T15:30', 'Asia/Baghdad')).toEqual({
      ok: true,
      at: new Date('2025-01-14T12:30:00Z'),
    });
    expect(zonedWallTimeToUtc('2025-07-01T09:00', 'Europe/London')).toEqual({
      ok: true,
      at: new Date('2025-07-01T08:00:00Z'),
    });
  });

  it('refuses a time the clocks skip, and takes the first of a time they repeat', () => {
    expect(zonedWallTimeToUtc('2025-03-30T01:30', 'Europe/London')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(zonedWallTimeToUtc('2025-10-26T01:30', 'Europe/London')).toEqual({
      ok: true,
      at: new Date('2025-10-26T00:30:00Z'),
    });
  });

  it.each(['2025-02-30T10:00', '2025-01-14T24:00', '2025-01-14 15:30', '2025-01-14T15:30Z'])(
    'refuses the malformed %j',
    (wall) => {
      expect(zonedWallTimeToUtc(wall, 'Asia/Baghdad')).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('offsetMinutesOf (remembered per hour)', () => {
  it('answers as offsetMinutesAt around changes on the hour and in the middle of one', () => {
    // London changes at 01:00 UTC; Lord Howe (+10:30 / +11) at 02:00 local standard time, 15:30 UTC.
    const instants = [
      '2026-03-29T00:59:59.999Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-10-03T15:00:00.000Z',
      '2026-10-03T15:29:59.999Z',
      '2026-10-03T15:30:00.000Z',
      '2026-10-03T15:59:00.000Z',
    ].map((iso) => new Date(iso));
    for (const zone of ['Europe/London', 'Australia/Lord_Howe', 'Asia/Baghdad']) {
      const offsetOf = offsetMinutesOf(zone);
      // Twice: the second pass reads what the first remembered.
      for (const pass of [1, 2])
        for (const at of instants)
          expect([zone, pass, at, offsetOf(at)]).toEqual([zone, pass, at, offsetMinutesAt(at, zone)]);
    }
    expect(offsetMinutesOf('Australia/Lord_Howe')(new Date('2026-10-03T15:29:59.999Z'))).toBe(630);
    expect(offsetMinutesOf('Australia/Lord_Howe')(new Date('2026-10-03T15:30:00.000Z'))).toBe(660);
  });
});
