import { Feed } from 'feed';
import { cdataText, xmlChars, xmlText } from './xml';

/**
 * RSS 2.0 and Atom 1.0 documents, written by `feed` 4 (README, Choices), with what it leaves out added here:
 *  - Atom's `xml:lang` on `<feed>` (feed 4 writes `<language>` in RSS only): added to the root element it writes;
 *  - the cover in Atom as `<link rel="enclosure">` (feed 4 writes enclosures in RSS only): added after each
 *    entry's `<id>`, which is the story's URL and unique in the feed;
 *  - Atom titles and summaries are `type="html"` in feed 4, so their text is HTML-escaped first (a `<` in a
 *    headline is a character, not markup); RSS descriptions likewise;
 *  - every other text it writes loses the characters XML forbids (`xmlChars`), RSS titles, which it puts in
 *    CDATA, cannot close their section (`cdataText`), and the enclosure's attributes are escaped here: a headline
 *    is an agency's or a writer's text, not markup, and a cover URL may hold `&`.
 */
export type FeedFormat = 'rss' | 'atom';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export interface FeedChannel {
  /** The feed's own URL (rel="self"), its page on the site, and its title and description. */
  selfUrl: string;
  siteUrl: string;
  title: string;
  description: string;
  language: string;
  copyright: string;
  /** The newest item's time, or when the feed was built if it has none. */
  updated: Date;
}

export interface FeedItem {
  url: string;
  title: string;
  summary: string | null;
  publishedAt: Date;
  updatedAt: Date;
  authors: string[];
  cover: { url: string; type: string; bytes: number } | null;
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** The document in `format`; the items in the order given (newest first). */
export function feedXml(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): string {
  const title = format === 'atom' ? xmlText : cdataText;
  const feed = new Feed({
    id: xmlChars(channel.selfUrl),
    title: xmlChars(channel.title),
    description: xmlChars(channel.description),
    link: xmlChars(channel.siteUrl),
    language: xmlChars(channel.language),
    copyright: xmlChars(channel.copyright),
    updated: channel.updated,
    generator: 'newsroom',
    feedLinks: { [format]: xmlChars(channel.selfUrl) },
  });
  for (const item of items)
    feed.addItem({
      title: title(item.title),
      id: xmlChars(item.url),
      link: xmlChars(item.url),
      date: format === 'atom' ? item.updatedAt : item.publishedAt,
      published: item.publishedAt,
      ...(item.summary ? { description: xmlText(item.summary) } : {}),
      author: item.authors.map((name) => ({ name: xmlChars(name) })),
      ...(item.cover
        ? // Attributes: xml-js escapes only `"` in them, so `&` and `<` are escaped here (an S3 URL's query has `&`).
          { enclosure: { url: xmlText(item.cover.url), type: xmlText(item.cover.type), length: item.cover.bytes } }
        : {}),
    });
  if (format === 'rss') return feed.rss2();
  const atom = feed.atom1();
  if (!atom.includes(ATOM_ROOT)) throw new Error('feed: unexpected Atom root element');
  let withLang = atom.replace(
    ATOM_ROOT,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(channel.language)}">`,
  );
  for (const item of items) {
    if (!item.cover) continue;
    // As feed 4's XML writer escapes text (& < > only).
    const id = `<id>${xmlChars(item.url).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</id>`;
    const link = `<link rel="enclosure" href="${xmlText(item.cover.url)}" type="${xmlText(item.cover.type)}" length="${item.cover.bytes}"/>`;
    // A function, not a string: `$&` in a cover URL would otherwise be read as a replacement pattern.
    withLang = withLang.replace(id, () => `${id}${link}`);
  }
  return withLang;
}
