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

/**
 * XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), written out here rather than taken from
 * xml.ts: neither fast-xml-parser nor rss-parser refuses a vertical tab, so the document is checked directly.
 */
const isXmlChar = (codePoint: number) =>
  codePoint === 0x9 ||
  codePoint === 0xa ||
  codePoint === 0xd ||
  (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
  (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
  (codePoint >= 0x10000 && codePoint <= 0x10ffff);
const forbiddenCharsOf = (document: string) =>
  [...document].filter((char) => !isXmlChar(char.codePointAt(0) ?? 0)).map((char) => char.codePointAt(0));

describe('feeds with hostile text', () => {
  // A headline that closes its CDATA section twice (feed 4's writer guards the first `]]>` only) to add a link of
  // its own, with the control characters a paste from Word brings (VT, FF) and the non-characters U+FFFE/U+FFFF.
  const injected = 'a]]>b]]></title><link>https://evil.example/</link><title><![CDATA[c';
  const hostile: FeedItem = {
    ...items[0],
    title: `خبر\u000Bعاجل ${injected}\uFFFE`,
    summary: 'موجز\u000Cالخبر',
    authors: ['كاتبة\u000B'],
    cover: { url: 'https://cms.example/uploads/a$&b.jpg', type: 'image/jpeg', bytes: 10 },
  };
  const hostileChannel: FeedChannel = {
    ...channel,
    title: 'غرفة الأخبار: موضوع\u000B\uFFFF',
    description: 'وصف\u0001',
  };

  it.each(['rss', 'atom'] as const)(
    'writes %s with no character XML forbids and no element of the text',
    async (format) => {
      const document = feedXml(format, hostileChannel, [hostile, items[1]]);
      expect(forbiddenCharsOf(document)).toEqual([]);
      // Each story keeps exactly its own link: nothing of the headline became an element.
      const doc = xml.parse(document);
      const links =
        format === 'rss'
          ? doc.rss.channel.item.map((item: { link: string[] }) => item.link)
          : doc.feed.entry.map((entry: { link: Array<Record<string, string>> }) =>
              entry.link.filter((link) => link['@_rel'] !== 'enclosure').map((link) => link['@_href']),
            );
      expect(links).toEqual([[hostile.url], [items[1].url]]);
      const feed = await new Parser().parseString(document);
      expect(feed.items).toHaveLength(2);
      expect(feed.title).toBe('غرفة الأخبار: موضوع');
      // The reader sees the headline's words, `]]>` and all (a zero-width space sits before each `>`).
      const title = String(feed.items[0].title).replace(/\u200B/g, '');
      expect(format === 'rss' ? title : title.replace(/&gt;/g, '>').replace(/&lt;/g, '<')).toBe(`خبرعاجل ${injected}`);
    },
  );

  it('keeps a cover URL with `$&` whole, in Atom and in RSS', async () => {
    const rss = await new Parser().parseString(feedXml('rss', channel, [hostile]));
    expect(rss.items[0].enclosure?.url).toBe(hostile.cover?.url);
    const doc = xml.parse(feedXml('atom', channel, [hostile]));
    const enclosure = doc.feed.entry[0].link.find((link: Record<string, string>) => link['@_rel'] === 'enclosure');
    expect(enclosure['@_href']).toBe(hostile.cover?.url);
    expect(doc.feed.entry[0].link.filter((link: Record<string, string>) => link['@_rel'] === 'enclosure')).toHaveLength(
      1,
    );
  });
});
