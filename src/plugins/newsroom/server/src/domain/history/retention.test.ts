import { firstKept, type StoredVersionInfo } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-05T12:00:00Z');
/** Versions 1..count, a day apart (the last today), a full copy every `fullEvery`. */
const versions = (count: number, fullEvery: number): StoredVersionInfo[] =>
  Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    encoding: index % fullEvery === 0 ? 'full' : 'delta',
    createdAt: new Date(now.getTime() - (count - 1 - index) * DAY),
  }));

describe('retention', () => {
  it('keeps everything by default', () => {
    expect(firstKept(versions(30, 5), 'forever', now)).toBeNull();
  });

  it('keeps the last N versions, back to the full copy their chain starts from', () => {
    // Last 7 of 30: from 24, whose chain starts at the full copy 21.
    expect(firstKept(versions(30, 5), { versions: 7 }, now)).toBe(21);
    expect(firstKept(versions(30, 1), { versions: 7 }, now)).toBe(24);
    expect(firstKept(versions(5, 5), { versions: 2 }, now)).toBeNull();
  });

  it('keeps the versions of the last N days', () => {
    expect(firstKept(versions(30, 1), { days: 3 }, now)).toBe(27);
  });

  it('never lets the latest or the protected (approved) version go', () => {
    expect(firstKept(versions(30, 1), { days: 1 }, new Date(now.getTime() + 10 * DAY))).toBe(30);
    expect(firstKept(versions(30, 5), { versions: 2 }, now, 12)).toBe(11);
  });
});
