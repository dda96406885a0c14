import { describeTypedTime, nextHourInput, readTypedTime, typedTimeOf, wallTimeFromInput } from './wall-time-input';

const BAGHDAD = 'Asia/Baghdad';

describe('the schedule input: a 24-hour newsroom time, whatever the browser', () => {
  it.each([
    ['2026-12-06 14:30', '2026-12-06T14:30'],
    ['2026-12-06T14:30', '2026-12-06T14:30'],
    ['2026/12/6 9:05', '2026-12-06T09:05'],
    ['  2026.12.06   23:59  ', '2026-12-06T23:59'],
    ['٢٠٢٦-١٢-٠٦ ١٤:٣٠', '2026-12-06T14:30'],
    ['۲۰۲۶/۱۲/۰۶ ۰۸:۱۵', '2026-12-06T08:15'],
    ['2026-12-06 14:30:59', '2026-12-06T14:30'],
  ])('reads %j as %s', (typed, wall) => {
    expect(wallTimeFromInput(typed)).toBe(wall);
  });

  it.each(['', '14:30', '06/12/2026 14:30', '2026-12-06', '2026-12-06 2:30 PM', '2026-12-06 14h30'])(
    'refuses %j (no 12-hour clock, no day-first order that could be misread)',
    (typed) => {
      expect(wallTimeFromInput(typed)).toBeNull();
    },
  );

  it('turns the newsroom time into the UTC instant, and refuses a date that does not exist', () => {
    const read = readTypedTime('2026-12-06 14:30', BAGHDAD);
    expect(read.ok && read.at.toISOString()).toBe('2026-12-06T11:30:00.000Z');
    expect(readTypedTime('2026-02-30 10:00', BAGHDAD)).toEqual({ ok: false, reason: 'format' });
    expect(readTypedTime('2026-12-06 24:00', BAGHDAD)).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses a time skipped by a clock change', () => {
    // Europe/London springs forward from 01:00 to 02:00 on 29 March 2026.
    expect(readTypedTime('2026-03-29 01:30', 'Europe/London')).toEqual({ ok: false, reason: 'nonexistent' });
  });

  it('shows an instant back in the zone, and defaults to the next whole hour at least half an hour ahead', () => {
    expect(typedTimeOf(new Date('2026-12-06T11:30:00Z'), BAGHDAD)).toBe('2026-12-06 14:30');
    expect(nextHourInput(new Date('2026-12-06T11:20:00Z'), BAGHDAD)).toBe('2026-12-06 15:00');
    expect(nextHourInput(new Date('2026-12-06T11:40:00Z'), BAGHDAD)).toBe('2026-12-06 16:00');
  });

  it('reads the time back in 24 hours with the zone, and the Hijri date', () => {
    const at = new Date('2026-12-06T11:30:00Z');
    const en = describeTypedTime(at, BAGHDAD, 'en');
    expect(en.gregorian).toContain('Sunday');
    expect(en.gregorian).toContain('14:30');
    expect(en.gregorian).toMatch(/GMT\+3/);
    expect(en.hijri).toMatch(/AH/);
    const ar = describeTypedTime(at, BAGHDAD, 'ar');
    expect(ar.gregorian).toContain('الأحد');
    expect(ar.gregorian).toContain('14:30');
    expect(ar.gregorian).not.toMatch(/[صم]\b/);
    expect(ar.hijri).toContain('هـ');
  });
});
