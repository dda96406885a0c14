import { toArticle, toTopic } from './documents';

describe('site read documents', () => {
  it('gives a topic its parent only when the row has one', () => {
    const row = {
      id: 3,
      documentId: 't',
      locale: 'ar',
      name: 'الطاقة',
      slug: 'الطاقة',
      description: null,
      kind: 'topic',
      colour: null,
    };
    expect(toTopic({ ...row, parentDocumentId: null }, []).parent).toBeNull();
    expect(
      toTopic(
        { ...row, parentDocumentId: 's', parentName: 'الاقتصاد', parentSlug: 'الاقتصاد', parentKind: 'section' },
        [],
      ).parent,
    ).toEqual({
      documentId: 's',
      name: 'الاقتصاد',
      slug: 'الاقتصاد',
      kind: 'section',
    });
  });

  it('parses the body stored as text and keeps the relations given', () => {
    const article = toArticle(
      {
        id: 1,
        documentId: 'a',
        locale: 'ar',
        title: 'ع',
        slug: 'ع',
        publishedAt: 0,
        updatedAt: null,
        body: '[{"type":"paragraph","children":[]}]',
        sourceUrl: 'https://example.org/x',
      },
      { authors: [{ documentId: 'p', name: 'ن', slug: 'ن', jobTitle: null }], topics: [], sources: [] },
    );
    expect(article.body).toEqual([{ type: 'paragraph', children: [] }]);
    expect(article.updatedAt).toBe(article.publishedAt);
    expect([article.dateModified, article.corrections]).toEqual([null, []]);
    expect(article.authors).toEqual([{ documentId: 'p', name: 'ن', slug: 'ن', jobTitle: null }]);
  });

  it('dates the article by its last non-silent change, and lists the public notes', () => {
    const row = { id: 1, documentId: 'a', locale: 'ar', title: 'ع', slug: 'ع', publishedAt: '2026-12-05T12:00:00Z' };
    const article = toArticle(row, { authors: [], topics: [], sources: [] }, [
      { kind: 'correction', note: 'صُحّح الرقم', at: '2026-12-05T10:00:00Z' },
      { kind: 'silent', note: null, at: '2026-12-05T11:00:00Z' },
    ]);
    expect(article.dateModified).toBe('2026-12-05T10:00:00.000Z');
    expect(article.updatedAt).toBe('2026-12-05T10:00:00.000Z');
    expect(article.corrections).toEqual([{ kind: 'correction', text: 'صُحّح الرقم', at: '2026-12-05T10:00:00.000Z' }]);
  });
});
