import { parseBaseVersion, versionTag } from './base-version';
import { isPresent, lapsedBefore, othersPresent } from './presence';
import { invalidBaseMessage, staleSaveMessage } from './stale-save';

const HASH = 'a'.repeat(64);
const OTHER = '0123456789abcdef'.repeat(4);

describe('the base version of a save (If-Match)', () => {
  it('is none without a header, for an empty one and for *', () => {
    expect(parseBaseVersion(undefined)).toEqual({ kind: 'none' });
    expect(parseBaseVersion('  ')).toEqual({ kind: 'none' });
    expect(parseBaseVersion('*')).toEqual({ kind: 'none' });
  });

  it('reads quoted, weak, bare and several tags, upper case folded', () => {
    expect(parseBaseVersion(versionTag(HASH))).toEqual({ kind: 'hashes', hashes: [HASH] });
    expect(parseBaseVersion(`W/"${HASH}"`)).toEqual({ kind: 'hashes', hashes: [HASH] });
    expect(parseBaseVersion(HASH.toUpperCase())).toEqual({ kind: 'hashes', hashes: [HASH] });
    expect(parseBaseVersion(`"${HASH}", "${OTHER}"`)).toEqual({ kind: 'hashes', hashes: [HASH, OTHER] });
    expect(parseBaseVersion([`"${HASH}"`, `"${OTHER}"`])).toEqual({ kind: 'hashes', hashes: [HASH, OTHER] });
  });

  it('is invalid for anything that is not a version hash, naming the bad tag', () => {
    expect(parseBaseVersion('"2026-12-05T10:42:00Z"')).toEqual({ kind: 'invalid', value: '"2026-12-05T10:42:00Z"' });
    expect(parseBaseVersion(`"${HASH}", "abc"`)).toEqual({ kind: 'invalid', value: '"abc"' });
    expect(parseBaseVersion(`"${HASH.slice(1)}"`).kind).toBe('invalid');
    expect(parseBaseVersion(Array.from({ length: 17 }, () => HASH).join(',')).kind).toBe('invalid');
  });
});

describe('presence', () => {
  const now = new Date('2026-12-05T10:43:00Z');
  const at = (iso: string) => new Date(iso);

  it('lapses ttl seconds after the last heartbeat', () => {
    expect(isPresent(at('2026-12-05T10:42:01Z'), now, 60)).toBe(true);
    expect(isPresent(at('2026-12-05T10:42:00Z'), now, 60)).toBe(false);
    expect(lapsedBefore(now, 60)).toEqual(at('2026-12-05T10:42:00Z'));
  });

  it('lists the others still present, oldest session first, never the caller', () => {
    const rows = [
      { userId: '2', since: at('2026-12-05T10:40:00Z'), seenAt: at('2026-12-05T10:42:50Z') },
      { userId: '1', since: at('2026-12-05T10:30:00Z'), seenAt: at('2026-12-05T10:42:55Z') },
      { userId: '3', since: at('2026-12-05T10:20:00Z'), seenAt: at('2026-12-05T10:41:00Z') },
      { userId: '4', since: at('2026-12-05T10:35:00Z'), seenAt: at('2026-12-05T10:42:59Z') },
    ];
    expect(othersPresent(rows, '4', now, 60).map((row) => row.userId)).toEqual(['1', '2']);
  });
});

describe('the stale-save message', () => {
  const time = { timezone: 'Asia/Baghdad', dateLocales: { ar: 'ar', en: 'en-GB' } };

  it('names the version, who changed it and when, in both languages and in the newsroom zone', () => {
    const message = staleSaveMessage({ locale: 'ar', by: 'Sara', at: '2026-12-05T07:42:00.000Z' }, time);
    expect(message.en).toMatch(/^The Arabic version was changed by Sara at 5 December 2026 at 10:42 GMT\+3 after/);
    expect(message.en).toContain('Nothing was saved');
    expect(message.ar).toMatch(/^عُدّلت النسخة العربية بواسطة \u2068Sara\u2069 في /);
    expect(message.ar).toContain('لم يُحفظ شيء');
  });

  it('leaves out what the history does not know', () => {
    const message = staleSaveMessage({ locale: 'en', by: null, at: null }, time);
    expect(message.en).toMatch(/^The English version was changed after you opened it;/);
    expect(message.ar).toMatch(/^عُدّلت النسخة الإنجليزية بعد أن فتحتها؛/);
  });

  it('a bad If-Match names the header', () => {
    expect(invalidBaseMessage('abc').en).toMatch(/^If-Match: "abc"/);
    expect(invalidBaseMessage('abc').ar).toMatch(/^If-Match:/);
  });
});
