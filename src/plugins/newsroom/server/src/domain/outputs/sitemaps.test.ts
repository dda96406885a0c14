import { XMLParser } from 'fast-xml-parser';
import {
  URLSET_CLOSE,
  URLSET_OPEN,
  alternates,
  sitemapFile,
  sitemapIndexXml,
  sitemapUrlXml,
  type Version,
} from './sitemaps';

const AR: Version = { locale: 'ar', url: 'https://news.example/ar/%D8%A7/%D8%A8' };
const EN: Version = { locale: 'en', url: 'https://news.example/en/news/b' };
const parse = (text: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name) }).parse(
    text,
  );

describe('sitemap file names', () => {
  it('reads articles-N.xml, topics-N.xml and authors-N.xml, nothing else', () => {
    expect(sitemapFile('articles-12.xml')).toEqual({ kind: 'articles', page: 12 });
    expect(sitemapFile('topics-1.xml')).toEqual({ kind: 'topics', page: 1 });
    for (const name of [
      'articles-0.xml',
      'articles-01.xml',
      'news.xml',
      'articles-1.xml.gz',
      'pages-1.xml',
      'articles-1234567.xml',
    ])
      expect(sitemapFile(name)).toBeNull();
  });
});

describe('hreflang alternates', () => {
  it('names every version, itself included, sorted, then x-default on the default locale', () => {
    expect(alternates([EN, AR], EN, 'ar')).toEqual([AR, EN, { locale: 'x-default', url: AR.url }]);
    // Both versions get the same list: they name each other.
    expect(alternates([AR, EN], AR, 'ar')).toEqual(alternates([EN, AR], EN, 'ar'));
  });
  it('falls back to the page itself when there is no default-locale version', () => {
    expect(alternates([EN], EN, 'ar')).toEqual([EN, { locale: 'x-default', url: EN.url }]);
    expect(alternates([], EN, 'ar')).toEqual([]);
  });
});

describe('sitemap XML', () => {
  it('writes a urlset with the sitemaps.org and xhtml namespaces, lastmod with the offset, and the links', () => {
    const text = `${URLSET_OPEN}${sitemapUrlXml(
      { url: AR.url, lastmod: new Date('2026-12-05T12:00:00Z'), versions: [AR, EN] },
      180,
      'ar',
    )}${URLSET_CLOSE}`;
    const doc = parse(text);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const [url] = doc.urlset.url;
    expect(url.loc).toBe(AR.url);
    expect(url.lastmod).toBe('2026-12-05T15:00:00+03:00');
    expect(url['xhtml:link'].map((link: Record<string, string>) => [link['@_hreflang'], link['@_href']])).toEqual([
      ['ar', AR.url],
      ['en', EN.url],
      ['x-default', AR.url],
    ]);
  });

  it('escapes what XML needs escaped', () => {
    const text = sitemapUrlXml({ url: 'https://x.example/a?b=1&c=2', lastmod: new Date(0), versions: [] }, 0, 'ar');
    expect(text).toContain('<loc>https://x.example/a?b=1&amp;c=2</loc>');
    expect(text).not.toContain('xhtml:link');
  });

  it('writes an index, empty or not', () => {
    expect(parse(sitemapIndexXml([], () => 0)).sitemapindex['@_xmlns']).toBe(
      'http://www.sitemaps.org/schemas/sitemap/0.9',
    );
    const doc = parse(
      sitemapIndexXml(
        [
          { url: 'https://x.example/sitemaps/articles-1.xml', lastmod: new Date('2026-01-01T00:00:00Z') },
          { url: 'https://x.example/sitemaps/topics-1.xml', lastmod: null },
        ],
        () => 180,
      ),
    );
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: 'https://x.example/sitemaps/articles-1.xml', lastmod: '2026-01-01T03:00:00+03:00' },
      { loc: 'https://x.example/sitemaps/topics-1.xml' },
    ]);
  });
});
