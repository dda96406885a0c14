import {
  containsPattern,
  groupByArticle,
  isoTime,
  jsonArray,
  numberOr,
  pageOf,
  pageWindow,
  toRef,
  toSummary,
} from './rows';

describe('site read rows', () => {
  it('gives ISO times from SQLite epoch milliseconds, PostgreSQL dates and ISO strings alike', () => {
    const iso = '2026-11-29T08:00:00.000Z';
    expect(isoTime(Date.parse(iso))).toBe(iso);
    expect(isoTime(String(Date.parse(iso)))).toBe(iso);
    expect(isoTime(new Date(iso))).toBe(iso);
    expect(isoTime(iso)).toBe(iso);
    expect([isoTime(null), isoTime(undefined), isoTime(''), isoTime('not a time')]).toEqual([null, null, null, null]);
  });

  it('reads JSON blocks stored as text, and numbers a driver hands back as strings', () => {
    expect(jsonArray('[{"type":"paragraph"}]')).toEqual([{ type: 'paragraph' }]);
    expect(jsonArray([{ type: 'paragraph' }])).toEqual([{ type: 'paragraph' }]);
    expect([jsonArray('{"a":1}'), jsonArray('{broken'), jsonArray(null)]).toEqual([null, null, null]);
    expect([numberOr('12', 0), numberOr(7, 0), numberOr(null, 0), numberOr('x', 3)]).toEqual([12, 7, 0, 3]);
  });

  it('reads one row more than a page to tell whether another follows, without counting', () => {
    expect(pageWindow(1, 20)).toEqual({ limit: 21, offset: 0 });
    expect(pageWindow(3, 20)).toEqual({ limit: 21, offset: 40 });
    const rows = Array.from({ length: 21 }, (_, i) => i);
    expect(pageOf(rows, 2, 20)).toEqual({
      items: rows.slice(0, 20),
      pagination: { page: 2, pageSize: 20, hasMore: true },
    });
    expect(pageOf([1], 1, 20)).toEqual({ items: [1], pagination: { page: 1, pageSize: 20, hasMore: false } });
  });

  it('groups relation rows by article, keeping their order', () => {
    const groups = groupByArticle(
      [
        { articleId: 2, documentId: 'b', name: 'ب', slug: 'b' },
        { articleId: '1', documentId: 'a', name: 'أ', slug: 'a' },
        { articleId: 2, documentId: 'c', name: 'ج', slug: 'c' },
      ],
      toRef,
    );
    expect(groups.get(2)?.map((ref) => ref.documentId)).toEqual(['b', 'c']);
    expect(groups.get(1)).toEqual([{ documentId: 'a', name: 'أ', slug: 'a' }]);
  });

  it('maps a list row to the list fields only', () => {
    const summary = toSummary(
      {
        id: 5,
        documentId: 'd',
        locale: 'ar',
        title: 'عنوان',
        slug: 'عنوان',
        standfirst: null,
        publishedAt: 0,
        originalPublishedAt: null,
        dateline: 'بغداد',
        wordCount: 120,
        readingTime: 1,
        searchKey: 'x',
      },
      [],
    );
    expect(summary).toEqual({
      documentId: 'd',
      locale: 'ar',
      title: 'عنوان',
      slug: 'عنوان',
      standfirst: null,
      publishedAt: '1970-01-01T00:00:00.000Z',
      originalPublishedAt: null,
      dateline: 'بغداد',
      wordCount: 120,
      readingTime: 1,
      authors: [],
    });
  });

  it('takes LIKE wildcards in a search term literally', () => {
    expect(containsPattern('الامن')).toBe('%الامن%');
    expect(containsPattern('50%_a!b\\c')).toBe('%50!%!_a!!b\\c%');
  });
});
