import { SITEMAP_NS } from './news-sitemap';
import { w3cDate, xmlText } from './xml';

/**
 * The sitemaps of the whole site (sitemaps.org 0.9): an index (`index.xml`) naming one file per page of each kind
 * (`articles-1.xml`, `topics-1.xml`, `authors-1.xml`), each page at most 50,000 URLs, each URL with its `lastmod`
 * and, as Google asks for multilingual pages, an `xhtml:link rel="alternate" hreflang` for every published
 * language version (itself included) and an `x-default`. Written here as text pieces, so a page of 50,000 URLs can
 * be streamed a batch at a time (outputs/sitemaps.ts) rather than built in memory; the `sitemap` package was not
 * used (README, Sitemaps and feeds: why).
 */
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** sitemaps.org: at most 50,000 URLs (and 50 MB uncompressed) per file. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_KINDS = ['articles', 'topics', 'authors'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

/** One language version of a page: its locale (`ar`, `en`) and absolute URL. */
export interface Version {
  locale: string;
  url: string;
}

export interface SitemapUrl {
  url: string;
  lastmod: Date;
  /** Every published language version of the page, itself included; none: no alternates written. */
  versions: readonly Version[];
}

/** `articles-3.xml` → the kind and page; null for any other name (`index.xml` is matched before). */
export function sitemapFile(name: string): { kind: SitemapKind; page: number } | null {
  const match = /^(articles|topics|authors)-([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? { kind: match[1] as SitemapKind, page: Number(match[2]) } : null;
}

/**
 * The hreflang set of a page: every version by its language, then `x-default` for the version a reader with no
 * matching language should get (the default locale's, else the page's own). Sorted by locale so each version's
 * list is byte for byte the same: Google wants the versions to name each other.
 */
export function alternates(versions: readonly Version[], self: Version, defaultLocale: string): Version[] {
  if (versions.length === 0) return [];
  const sorted = [...versions].sort((a, b) => a.locale.localeCompare(b.locale));
  const fallback = versions.find((version) => version.locale === defaultLocale) ?? self;
  return [...sorted, { locale: 'x-default', url: fallback.url }];
}

const linkElement = (version: Version) =>
  `<xhtml:link rel="alternate" hreflang="${xmlText(version.locale)}" href="${xmlText(version.url)}"/>`;

/** One `<url>`; `offsetMinutes` is the newsroom time zone's offset at `lastmod`. */
export function sitemapUrlXml(entry: SitemapUrl, offsetMinutes: number, defaultLocale: string): string {
  const self = entry.versions.find((version) => version.url === entry.url) ?? { locale: '', url: entry.url };
  const links = alternates(entry.versions, self, defaultLocale).map(linkElement).join('');
  return `\n  <url><loc>${xmlText(entry.url)}</loc><lastmod>${w3cDate(entry.lastmod, offsetMinutes)}</lastmod>${links}</url>`;
}

export const URLSET_OPEN = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`;
export const URLSET_CLOSE = '\n</urlset>\n';

export interface IndexEntry {
  url: string;
  lastmod: Date | null;
}

/** The sitemap index: one `<sitemap>` per page file; an empty index is valid. */
export function sitemapIndexXml(entries: readonly IndexEntry[], offsetOf: (at: Date) => number): string {
  const items = entries
    .map(
      (entry) =>
        `\n  <sitemap><loc>${xmlText(entry.url)}</loc>${
          entry.lastmod ? `<lastmod>${w3cDate(entry.lastmod, offsetOf(entry.lastmod))}</lastmod>` : ''
        }</sitemap>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">${items}\n</sitemapindex>\n`;
}
