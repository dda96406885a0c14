import { XMLParser } from 'fast-xml-parser';
import { NEWS_NS, SITEMAP_NS, newsSitemapXml, newsWindow, publicationTime, type NewsEntry } from './news-sitemap';
import { w3cDate, xmlText } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });
const HOUR = 3_600_000;
const now = new Date('2026-12-05T12:00:00Z');
const entry = (hoursAgo: number, title = `خبر ${hoursAgo}`): NewsEntry => ({
  url: `https://news.example/ar/x/${hoursAgo}`,
  title,
  language: 'ar',
  publicationName: 'غرفة الأخبار',
  publishedAt: new Date(now.getTime() - hoursAgo * HOUR),
});

describe('news sitemap', () => {
  it('writes the sitemaps.org urlset with the news namespace and every required element', () => {
    const xml = newsSitemapXml([entry(1, 'العراق & <الناتو>')], () => 180).toString('utf8');
    const doc = parser.parse(xml);
    expect(doc.urlset['@_xmlns']).toBe(SITEMAP_NS);
    expect(doc.urlset['@_xmlns:news']).toBe(NEWS_NS);
    const [url] = doc.urlset.url;
    expect(url.loc).toBe('https://news.example/ar/x/1');
    expect(url['news:news']['news:publication']).toEqual({ 'news:name': 'غرفة الأخبار', 'news:language': 'ar' });
    expect(url['news:news']['news:publication_date']).toBe('2026-12-05T14:00:00+03:00');
    expect(url['news:news']['news:title']).toBe('العراق & <الناتو>');
    expect(xml).toContain('العراق &amp; &lt;الناتو&gt;');
  });

  it('writes every story in order, each publication under its own name', () => {
    const english = { ...entry(2, 'NATO & Iraq'), language: 'en', publicationName: 'The "Newsroom"' };
    const xml = newsSitemapXml([entry(1), english, entry(3, 'ثالث')], () => 0).toString('utf8');
    const urls = parser.parse(xml).urlset.url as Array<Record<string, Record<string, unknown>>>;
    expect(urls.map((url) => url['news:news']['news:title'])).toEqual(['خبر 1', 'NATO & Iraq', 'ثالث']);
    expect(urls.map((url) => url['news:news']['news:publication'])).toEqual([
      { 'news:name': 'غرفة الأخبار', 'news:language': 'ar' },
      { 'news:name': 'The "Newsroom"', 'news:language': 'en' },
      { 'news:name': 'غرفة الأخبار', 'news:language': 'ar' },
    ]);
    expect(xml).toContain('<news:name>The &quot;Newsroom&quot;</news:name>');
  });

  it('is a valid empty urlset with no story', () => {
    const doc = parser.parse(newsSitemapXml([], () => 0).toString('utf8'));
    expect(doc.urlset['@_xmlns']).toBe(SITEMAP_NS);
    expect(doc.urlset.url).toBeUndefined();
  });

  it('keeps the last two days, newest first, up to the cap', () => {
    const entries = [entry(50), entry(3), entry(47.9), entry(1), entry(-1)];
    expect(newsWindow(entries, now, 48, 1000).map((e) => e.title)).toEqual(['خبر 1', 'خبر 3', 'خبر 47.9']);
    expect(newsWindow(entries, now, 48, 2).map((e) => e.title)).toEqual(['خبر 1', 'خبر 3']);
  });

  it('dates a story by its original publication time when it has one', () => {
    const live = new Date('2026-12-05T10:00:00Z');
    expect(publicationTime(live, null)).toBe(live);
    const original = new Date('2020-01-01T00:00:00Z');
    expect(publicationTime(live, original)).toBe(original);
  });

  it('writes W3C dates with the offset, negative ones and half hours included', () => {
    const at = new Date('2026-12-05T00:30:00Z');
    expect(w3cDate(at, 0)).toBe('2026-12-05T00:30:00+00:00');
    expect(w3cDate(at, -300)).toBe('2026-12-04T19:30:00-05:00');
    expect(w3cDate(at, 330)).toBe('2026-12-05T06:00:00+05:30');
  });

  it('writes the same W3C date as toISOString at any instant: before 1970, at midnight, the last second, far years', () => {
    const plain = (date: Date, offset: number) => {
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      return `${new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19)}${sign}${hhmm}`;
    };
    const edges = [
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00Z',
      '2026-12-31T23:59:59.500Z',
      '0001-03-01T00:00:00Z',
    ];
    const instants = [...edges.map((text) => Date.parse(text)), -62167219200000, 253402300799000, 253402300800000];
    // A fixed pseudo-random walk over ±300 years: reproducible, and every second of the day is as likely.
    let seed = 7;
    for (let i = 0; i < 5000; i += 1) {
      seed = (seed * 48271) % 2147483647;
      instants.push(Math.round((seed / 2147483647 - 0.5) * 2 * 300 * 365.25 * 86_400_000));
    }
    for (const ms of instants)
      for (const offset of [0, 180, -300, 330, -720, 840])
        expect(w3cDate(new Date(ms), offset)).toBe(plain(new Date(ms), offset));
    expect(() => w3cDate(new Date(NaN), 0)).toThrow(RangeError);
  });
});

describe('XML text', () => {
  it('escapes the special characters and drops what XML 1.0 forbids, keeping Arabic and tabs', () => {
    expect(xmlText(`أ&ب<ج>"د'\u0000\u0008\uFFFF\uD800\t`)).toBe('أ&amp;ب&lt;ج&gt;&quot;د&apos;\t');
  });
});
