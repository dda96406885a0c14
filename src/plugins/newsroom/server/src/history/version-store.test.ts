import { summaryOf } from './version-store';

describe('version store: rows as summaries', () => {
  it('answers the contract: ISO time, restoredFrom only when set', () => {
    const row = {
      number: 3,
      hash: 'ab',
      actorId: 'admin:1',
      path: 'content-manager' as const,
      stage: 'draft',
      changeSize: 4,
      restoredFrom: null,
      createdAt: '2026-12-05 07:00:00',
    };
    expect(summaryOf(row)).toEqual({
      number: 3,
      hash: 'ab',
      actorId: 'admin:1',
      at: new Date('2026-12-05 07:00:00').toISOString(),
      path: 'content-manager',
      stage: 'draft',
      changeSize: 4,
    });
    expect(summaryOf({ ...row, restoredFrom: 1 }).restoredFrom).toBe(1);
  });
});
