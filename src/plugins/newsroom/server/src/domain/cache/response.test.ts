import {
  canonicalCachePath,
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

  it('keys every spelling of a path the router reads alike as one, and no two different paths as one', () => {
    const arabic = '/api/newsroom/feeds/ar/topics/%D8%AD%D9%84%D9%81.rss';
    const spellings = [
      arabic,
      '/api/newsroom/feeds/ar/topics/%d8%ad%d9%84%d9%81.rss',
      '/api/newsroom/feeds/%61r/topics/%D8%AD%D9%84%D9%81.rss',
      '/api/newsroom/feeds/ar/topics/حلف.rss',
    ];
    expect(new Set(spellings.map(canonicalCachePath))).toEqual(new Set([arabic]));
    expect(new Set(spellings.map((path) => responseCacheKey(path, {})))).toHaveProperty('size', 1);
    // Different values stay apart: an encoded slash is a character of one segment, not a separator.
    expect(canonicalCachePath('/api/a%2Fb')).toBe('/api/a%2Fb');
    expect(canonicalCachePath('/api/a%2Fb')).not.toBe(canonicalCachePath('/api/a/b'));
    expect(canonicalCachePath('/api/a%20b')).not.toBe(canonicalCachePath('/api/a+b'));
    // A segment that does not decode is kept as the router keeps it.
    expect(canonicalCachePath('/api/%E0%A4%A')).toBe('/api/%25E0%25A4%25A');
    expect(canonicalCachePath('/api/sitemaps/articles-1.xml')).toBe('/api/sitemaps/articles-1.xml');
  });

  it('keys a response apart by its variant (the origin its media URLs were made from)', () => {
    expect(responseCacheKey('/api/newsroom/feeds/ar.rss', {}, 'http://evil.example')).not.toBe(
      responseCacheKey('/api/newsroom/feeds/ar.rss', {}, 'http://cms.example'),
    );
    expect(responseCacheKey('/api/newsroom/feeds/ar.rss', {})).toBe(
      responseCacheKey('/api/newsroom/feeds/ar.rss', {}, ''),
    );
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
