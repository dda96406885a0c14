import { isDue, parseIsoInstant, parseScheduleTime } from './schedule';

const now = new Date('2025-01-14T09:00:20.000Z');

describe('parseIsoInstant', () => {
  it.each([
    ['2025-01-14T15:30+03:00', '2025-01-14T12:30:00.000Z'],
    ['2025-01-14T12:30Z', '2025-01-14T12:30:00.000Z'],
    ['2025-01-14T12:30:45.123456Z', '2025-01-14T12:30:45.123Z'],
    ['2025-01-14T07:30:00-05:00', '2025-01-14T12:30:00.000Z'],
    ['2025-01-14T00:15+03:00', '2025-01-13T21:15:00.000Z'],
    ['2024-02-29T10:00z', '2024-02-29T10:00:00.000Z'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseIsoInstant(input)?.toISOString()).toBe(expected);
  });

  it.each([
    '2025-01-14T15:30', // no offset: whose 15:30?
    '2025-01-14',
    '2025-02-30T10:00Z', // Date would roll it to 2 March
    '2025-02-29T10:00Z',
    '2025-01-14T24:00Z',
    '2025-01-14T12:60Z',
    '2025-01-14T12:30+15:00',
    '2025-01-14T12:30+0300',
    '2025-1-14T12:30Z',
    '14/01/2025 15:30',
    'tomorrow',
    '',
  ])('refuses %j', (input) => {
    expect(parseIsoInstant(input)).toBeNull();
  });
});

describe('parseScheduleTime', () => {
  it('rounds up to the minute (an embargo is never broken early) and keeps UTC', () => {
    expect(parseScheduleTime('2025-01-14T15:30:00.001+03:00', now)).toEqual({
      ok: true,
      at: new Date('2025-01-14T12:31:00.000Z'),
      iso: '2025-01-14T12:31:00.000Z',
    });
    expect(parseScheduleTime('2025-01-14T15:30:59.999+03:00', now)).toMatchObject({ iso: '2025-01-14T12:31:00.000Z' });
    // A whole minute stays as it is.
    expect(parseScheduleTime('2025-01-14T15:30:00.000+03:00', now)).toMatchObject({ iso: '2025-01-14T12:30:00.000Z' });
  });

  it('never schedules before the time asked for, at any second of the minute', () => {
    for (let ms = 0; ms < 60_000; ms += 997) {
      const asked = new Date(Date.parse('2025-01-14T12:30:00.000Z') + ms);
      const parsed = parseScheduleTime(asked.toISOString(), now);
      expect(
        parsed.ok && parsed.at.getTime() >= asked.getTime() && parsed.at.getTime() - asked.getTime() < 60_000,
      ).toBe(true);
    }
  });

  it('needs the next minute at the earliest', () => {
    expect(parseScheduleTime('2025-01-14T09:01Z', now).ok).toBe(true);
    // 09:00:50 rounds up to 09:01, in the future; 09:00:10 is before now.
    expect(parseScheduleTime('2025-01-14T09:00:50Z', now)).toMatchObject({ ok: true, iso: '2025-01-14T09:01:00.000Z' });
    expect(parseScheduleTime('2025-01-14T09:00:00Z', now)).toEqual({
      ok: false,
      problem: 'past',
      at: new Date('2025-01-14T09:00:00Z'),
    });
    expect(parseScheduleTime('2025-01-13T09:00Z', now)).toMatchObject({ ok: false, problem: 'past' });
  });

  it.each<[unknown, string]>([
    [undefined, 'missing'],
    [null, 'missing'],
    ['', 'missing'],
    [1736850600000, 'format'],
    ['2025-01-14T15:30', 'format'],
  ])('refuses %j as %s', (input, problem) => {
    expect(parseScheduleTime(input, now)).toEqual({ ok: false, problem });
  });

  it('refuses a time more than a year ahead (a typo), or beyond the limit given', () => {
    expect(parseScheduleTime('2205-01-14T09:00Z', now)).toMatchObject({ ok: false, problem: 'too_far' });
    expect(parseScheduleTime('2026-01-14T09:00Z', now).ok).toBe(true);
    expect(parseScheduleTime('2025-01-20T09:00Z', now, { maxAheadDays: 5 })).toMatchObject({
      ok: false,
      problem: 'too_far',
    });
  });

  it('tolerates surrounding spaces', () => {
    expect(parseScheduleTime(' 2025-01-14T12:30Z ', now).ok).toBe(true);
  });
});

describe('isDue', () => {
  it('is due from its minute on', () => {
    expect(isDue('2025-01-14T09:00:00.000Z', now)).toBe(true);
    expect(isDue('2025-01-14T09:00:20.000Z', now)).toBe(true);
    expect(isDue('2025-01-14T09:01:00.000Z', now)).toBe(false);
    expect(isDue(new Date('2025-01-14T08:00:00Z'), now)).toBe(true);
  });

  it('never treats an unreadable time as due', () => {
    expect(isDue('soon', now)).toBe(false);
    expect(isDue(new Date(Number.NaN), now)).toBe(false);
  });
});
