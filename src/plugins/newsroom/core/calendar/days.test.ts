import { HIJRI_OFFSET_LIMIT, dayOf, hijriDayLabel, instantOfWallDate, wallTimeIn } from './days';

const westernDigits = (text: string) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));

describe('the Hijri date beside a calendar day', () => {
  it('is the Umm al-Qura date in Arabic and English', () => {
    // 1 Ramadan 1447 AH fell on 18 February 2026 in the Umm al-Qura calendar.
    const arabic = hijriDayLabel('2026-02-18', 'ar');
    expect(arabic).toContain('رمضان');
    expect(westernDigits(arabic)).toMatch(/^1 رمضان 1447/);
    expect(hijriDayLabel('2026-02-18', 'en')).toMatch(/^Ramadan 1, 1447|^1 Ramadan 1447/);
  });

  it('moves by the configured offset, a day either way across a month boundary', () => {
    expect(westernDigits(hijriDayLabel('2026-02-18', 'ar', 1))).toMatch(/^2 رمضان 1447/);
    // One day back from 1 Ramadan is the last day of Shaʿban.
    const before = westernDigits(hijriDayLabel('2026-02-18', 'ar', -1));
    expect(before).toContain('شعبان');
    expect(before).toMatch(/^(29|30) /);
    expect(hijriDayLabel('2026-02-18', 'ar', 2)).toBe(hijriDayLabel('2026-02-20', 'ar'));
    expect(westernDigits(hijriDayLabel('2026-02-18', 'ar', 1, 'dayMonth'))).toBe('2 رمضان');
  });

  it('refuses an offset beyond the limit and a day that is not one', () => {
    expect(() => hijriDayLabel('2026-02-18', 'ar', HIJRI_OFFSET_LIMIT + 1)).toThrow(/±2/);
    expect(() => hijriDayLabel('2026-02-18', 'ar', 0.5)).toThrow(RangeError);
    expect(() => hijriDayLabel('18/02/2026', 'ar')).toThrow(/not a day/);
  });
});

describe('wall times for the calendar', () => {
  it('shows an instant as the newsroom clock reads it, and reads a dropped wall time back', () => {
    expect(wallTimeIn('2026-12-06T09:30:00.000Z', 'Asia/Baghdad')).toBe('2026-12-06T12:30:00');
    // The calendar runs in UTC, so a drop on 12:30 gives a Date whose UTC fields are 12:30.
    const dropped = new Date('2026-12-07T12:30:00.000Z');
    expect(instantOfWallDate(dropped, 'Asia/Baghdad')).toBe('2026-12-07T09:30:00.000Z');
    expect(dayOf(dropped)).toBe('2026-12-07');
  });

  it('refuses a wall time that a clock change skips', () => {
    // Europe/London skipped 01:00–02:00 on 29 March 2026.
    expect(instantOfWallDate(new Date('2026-03-29T01:30:00.000Z'), 'Europe/London')).toBeNull();
  });
});
