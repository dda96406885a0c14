import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import { feedXml, type FeedChannel, type FeedItem } from './feeds';

const channel: FeedChannel = {
  selfUrl: 'https://news.example/feeds/ar.atom',
  siteUrl: 'https://news.example/ar',
  title: 'غرفة الأخبار',
  description: 'آخر الأخبار',
  language: 'ar',
  copyright: 'غرفة الأخبار',
  updated: new Date('2026-12-05T12:00:00Z'),
};
const items: FeedItem[] = [
  {
    url: 'https://news.example/ar/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%AE%D8%A8%D8%B1',
    title: 'العراق <و> الناتو',
    summary: 'موجز الخبر & تفاصيله',
    publishedAt: new Date('2026-12-05T11:00:00Z'),
    updatedAt: new Date('2026-12-05T11:30:00Z'),
    authors: ['كاتبة'],
    cover: { url: 'https://cms.example/uploads/cover.jpg', type: 'image/jpeg', bytes: 2048 },
  },
  {
    url: 'https://news.example/ar/x/y',
    title: 'خبر بلا صورة',
    summary: null,
    publishedAt: new Date('2026-12-05T10:00:00Z'),
    updatedAt: new Date('2026-12-05T10:00:00Z'),
    authors: [],
    cover: null,
  },
];
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'item', 'link'].includes(name) });

describe('feeds', () => {
  it('writes RSS 2.0 with the language, the Arabic titles and summaries, and the cover as enclosure', async () => {
    const rss = feedXml('rss', channel, items);
    const feed = await new Parser().parseString(rss);
    expect(feed.language).toBe('ar');
    expect(feed.items.map((item) => item.title)).toEqual(['العراق <و> الناتو', 'خبر بلا صورة']);
    expect(feed.items[0].link).toBe(items[0].url);
    expect(feed.items[0].contentSnippet).toBe('موجز الخبر & تفاصيله');
    expect(feed.items[0].enclosure).toEqual({ url: items[0].cover?.url, type: 'image/jpeg', length: '2048' });
    expect(feed.items[1].enclosure).toBeUndefined();
    expect(new Date(feed.items[0].isoDate ?? '').getTime()).toBe(items[0].publishedAt.getTime());
  });

  it('writes Atom with xml:lang on the feed, authors, and the cover as an enclosure link', async () => {
    const atom = feedXml('atom', channel, items);
    const doc = xml.parse(atom);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed['@_xml:lang']).toBe('ar');
    const enclosure = doc.feed.entry[0].link.find((link: Record<string, string>) => link['@_rel'] === 'enclosure');
    expect(enclosure).toMatchObject({ '@_href': items[0].cover?.url, '@_type': 'image/jpeg', '@_length': '2048' });
    expect(doc.feed.entry[1].link.some((link: Record<string, string>) => link['@_rel'] === 'enclosure')).toBe(false);
    const feed = await new Parser().parseString(atom);
    // type="html": the escaped `<` is a character of the headline, not markup.
    expect(feed.items[0].title).toBe('العراق &lt;و&gt; الناتو');
    expect(feed.items[0].author).toBe('كاتبة');
  });
});
