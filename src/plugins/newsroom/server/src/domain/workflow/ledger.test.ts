import { buildLedgerEntry } from './ledger';

describe('buildLedgerEntry', () => {
  const base = {
    documentId: 'doc-1',
    locale: 'ar',
    from: 'in_review',
    to: 'approved',
    transition: 'approve',
    actorId: 'user-9',
    at: new Date('2025-01-14T12:30:05.120+03:00'),
    version: 4,
  } as const;

  it('writes the time in UTC and leaves out what does not apply', () => {
    expect(buildLedgerEntry({ ...base, reason: '   ', assignee: null, scheduledAt: null })).toEqual({
      documentId: 'doc-1',
      locale: 'ar',
      from: 'in_review',
      to: 'approved',
      transition: 'approve',
      actorId: 'user-9',
      at: '2025-01-14T09:30:05.120Z',
      version: 4,
    });
  });

  it('keeps the trimmed reason, the assignee and the time set', () => {
    const entry = buildLedgerEntry({
      ...base,
      reason: ' دقّق الأرقام ',
      assignee: 'writer-2',
      scheduledAt: new Date('2025-01-15T06:00:00Z'),
    });
    expect(entry).toMatchObject({
      reason: 'دقّق الأرقام',
      assignee: 'writer-2',
      scheduledAt: '2025-01-15T06:00:00.000Z',
    });
    expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });

  it('refuses an invalid time', () => {
    expect(() => buildLedgerEntry({ ...base, at: new Date('nope') })).toThrow(RangeError);
  });
});
