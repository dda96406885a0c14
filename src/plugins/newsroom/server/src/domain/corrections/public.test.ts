import { lastPublicChange, publicCorrections } from '.';

const changes = [
  { id: 4, kind: 'silent', note: null, at: '2026-12-05T12:00:00.000Z' },
  { id: 2, kind: 'correction', note: 'صُحّح عدد الضحايا', at: '2026-12-05T10:00:00.000Z' },
  { id: 3, kind: 'update', note: null, at: '2026-12-05T11:00:00.000Z' },
  { id: 1, kind: 'update', note: 'أضيفت تصريحات الوزير', at: new Date('2026-12-05T09:00:00.000Z') },
  { id: 5, kind: 'clarification', note: 'وُضّح المقصود بالاتفاق', at: '2026-12-05T10:00:00.000Z' },
];

describe('publicCorrections', () => {
  it('lists the non-silent changes with a note, oldest first (ties by id), never the silent ones', () => {
    expect(publicCorrections(changes)).toEqual([
      { kind: 'update', text: 'أضيفت تصريحات الوزير', at: '2026-12-05T09:00:00.000Z' },
      { kind: 'correction', text: 'صُحّح عدد الضحايا', at: '2026-12-05T10:00:00.000Z' },
      { kind: 'clarification', text: 'وُضّح المقصود بالاتفاق', at: '2026-12-05T10:00:00.000Z' },
    ]);
  });

  it('reads the times SQLite gives (milliseconds, as a number or a string)', () => {
    const at = Date.parse('2026-12-05T09:00:00.000Z');
    expect(publicCorrections([{ kind: 'update', note: 'ن', at: String(at) }])[0]?.at).toBe('2026-12-05T09:00:00.000Z');
    expect(lastPublicChange([{ kind: 'update', note: null, at }])).toBe('2026-12-05T09:00:00.000Z');
  });

  it('skips a row whose kind it does not know', () => {
    expect(publicCorrections([{ kind: 'retraction', note: 'x', at: '2026-12-05T09:00:00.000Z' }])).toEqual([]);
  });
});

describe('lastPublicChange', () => {
  it('is the time of the last non-silent change, a note or not; a silent change never moves it', () => {
    expect(lastPublicChange(changes)).toBe('2026-12-05T11:00:00.000Z');
    expect(lastPublicChange(changes.filter((change) => change.kind === 'silent'))).toBeNull();
    expect(lastPublicChange([])).toBeNull();
  });
});
