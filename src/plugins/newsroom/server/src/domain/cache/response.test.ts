import {
  documentTags,
  etagOf,
  matchesIfNoneMatch,
  publicCacheControl,
  responseCacheKey,
  stableQuery,
} from './response';

describe('response cache helpers', () => {
  it('keys a request by path and query, whatever the order of the query', () => {
    const a = responseCacheKey('/api/articles', {
      locale: 'ar',
      filters: { slug: { $eq: 'x' } },
      fields: ['title', 'slug'],
    });
    const b = responseCacheKey('/api/articles', {
      fields: ['title', 'slug'],
      filters: { slug: { $eq: 'x' } },
      locale: 'ar',
    });
    expect(a).toBe(b);
    expect(responseCacheKey('/api/articles', { locale: 'en' })).not.toBe(
      responseCacheKey('/api/articles', { locale: 'ar' }),
    );
    expect(responseCacheKey('/api/articles', { fields: ['slug', 'title'] })).not.toBe(
      responseCacheKey('/api/articles', { fields: ['title', 'slug'] }),
    );
    expect(stableQuery({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });

  it('tags a response with every document in it, populated relations included, each once', () => {
    const body = {
      data: [
        {
          id: 1,
          documentId: 'a1',
          authors: [{ documentId: 'p1' }, { documentId: 'p2' }],
          topics: [{ documentId: 't1' }],
        },
        { id: 2, documentId: 'a2', authors: [{ documentId: 'p1' }] },
      ],
      meta: { pagination: { page: 1 } },
    };
    expect(documentTags(body).sort()).toEqual(['doc:a1', 'doc:a2', 'doc:p1', 'doc:p2', 'doc:t1', 'rel:a1', 'rel:a2']);
    // An author page listing its articles lists the author's relations; an article showing its author does not.
    expect(documentTags({ data: { documentId: 'p1', articles: [] } }).sort()).toEqual(['doc:p1', 'rel:p1']);
    expect(documentTags({ data: null })).toEqual([]);
  });

  it('compares ETags as If-None-Match does', () => {
    const etag = etagOf('{"data":[]}');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });

  it('lets CDNs hold a response briefly and browsers revalidate', () => {
    expect(publicCacheControl({ sMaxAge: 10, staleWhileRevalidate: 60 })).toBe(
      'public, max-age=0, s-maxage=10, stale-while-revalidate=60',
    );
  });
});
