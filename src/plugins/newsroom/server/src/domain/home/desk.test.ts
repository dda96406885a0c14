import { firstKept, isDeskEditor, isWriter, namesUser, todayInZone } from './desk';

describe('todayInZone', () => {
  it('is the calendar day in the newsroom’s zone, not in UTC', () => {
    // 22:30 UTC on 5 December is 01:30 on 6 December in Baghdad (UTC+3).
    const { start, end } = todayInZone(new Date('2026-12-05T22:30:00Z'), 'Asia/Baghdad');
    expect(start.toISOString()).toBe('2026-12-05T21:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-06T21:00:00.000Z');
  });

  it('crosses a month end', () => {
    const { start, end } = todayInZone(new Date('2026-12-31T12:00:00Z'), 'UTC');
    expect([start.toISOString(), end.toISOString()]).toEqual(['2026-12-31T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
  });

  it('has 23 hours on a spring-forward day and starts at the first hour that exists', () => {
    // Beirut skips 00:00–01:00 on the last Sunday of March (2026-03-29).
    const { start, end } = todayInZone(new Date('2026-03-29T10:00:00Z'), 'Asia/Beirut');
    expect(start.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect((end.getTime() - start.getTime()) / 3600_000).toBe(23);
  });
});

describe('desk editors', () => {
  const desks = { politics: ['7', 'Sara@News.example'], economy: ['9'] };

  it('names a user by id or by e-mail in any case', () => {
    expect(namesUser(desks.politics, { id: '7' })).toBe(true);
    expect(namesUser(desks.politics, { id: '8', email: 'sara@news.example' })).toBe(true);
    expect(namesUser(desks.politics, { id: '8', email: 'omar@news.example' })).toBe(false);
  });

  it('a user on no desk sees every story in review', () => {
    expect(isDeskEditor(desks, { id: '9' })).toBe(true);
    expect(isDeskEditor(desks, { id: '4', email: null })).toBe(false);
    expect(isDeskEditor({}, { id: '7' })).toBe(false);
  });
});

describe('isWriter', () => {
  it('the creator or a submitter of the locale', () => {
    expect(isWriter('3', { creator: '3', submitters: [] })).toBe(true);
    expect(isWriter('3', { creator: '5', submitters: ['3'] })).toBe(true);
    expect(isWriter('3', { creator: '5', submitters: ['6'] })).toBe(false);
  });
});

describe('firstKept', () => {
  it('keeps order and stops at the limit', () => {
    expect(firstKept([1, 2, 3, 4, 5, 6], (n) => n % 2 === 0, 2)).toEqual([2, 4]);
  });
});
