import { xmlText, w3cDate } from './xml';

/**
 * The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * a sitemaps.org `urlset` with the news namespace, one `url` per story published in the last two days, at most
 * 1,000, each with `news:publication` (name, language), `news:publication_date` and `news:title`. Written here
 * rather than with the `sitemap` package, which refuses to write an empty `urlset` (README, Choices).
 */
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** Google News reads stories of the last two days, and at most 1,000 URLs per news sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1000;

export interface NewsEntry {
  /** The story's absolute URL on the site, canonical (site-urls.ts). */
  url: string;
  title: string;
  /** ISO 639 language code: `ar`, `en`. */
  language: string;
  publicationName: string;
  publishedAt: Date;
}

/**
 * When a story counts as published for the news sitemap: its original publication time if it has one (imported
 * copy keeps the agency's time), else when it went live.
 */
export const publicationTime = (publishedAt: Date, originalPublishedAt: Date | null): Date =>
  originalPublishedAt ?? publishedAt;

/** The entries published within the window before `now`, newest first, at most `max`. */
export function newsWindow(entries: readonly NewsEntry[], now: Date, windowHours: number, max: number): NewsEntry[] {
  const since = now.getTime() - windowHours * 3_600_000;
  return entries
    .filter((entry) => entry.publishedAt.getTime() >= since && entry.publishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, max);
}

/** One `<url>`; the publication's name and language come escaped (the same few for every story). */
const urlElement = (entry: NewsEntry, name: string, language: string, offsetMinutes: number): string =>
  `\n  <url><loc>${xmlText(entry.url)}</loc><news:news><news:publication><news:name>${name}</news:name>` +
  `<news:language>${language}</news:language></news:publication>` +
  `<news:publication_date>${w3cDate(entry.publishedAt, offsetMinutes)}</news:publication_date>` +
  `<news:title>${xmlText(entry.title)}</news:title></news:news></url>`;

/**
 * The sitemap document as UTF-8 bytes, as it is sent; `offsetOf` gives the newsroom time zone's offset at an
 * instant, so dates read as the newsroom's wall clock with their offset (`…T15:00:00+03:00`). An empty list is
 * a valid empty `urlset`. Each `<url>` is encoded on its own and the bytes joined: joining the 1,000 elements
 * as one string and encoding it took three times as long (V8 flattens the joined pieces one by one).
 */
export function newsSitemapXml(entries: readonly NewsEntry[], offsetOf: (at: Date) => number): Buffer {
  const escaped = new Map<string, string>();
  const once = (value: string): string => {
    let text = escaped.get(value);
    if (text === undefined) {
      text = xmlText(value);
      escaped.set(value, text);
    }
    return text;
  };
  return Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`),
    ...entries.map((entry) =>
      Buffer.from(urlElement(entry, once(entry.publicationName), once(entry.language), offsetOf(entry.publishedAt))),
    ),
    Buffer.from('\n</urlset>\n'),
  ]);
}
