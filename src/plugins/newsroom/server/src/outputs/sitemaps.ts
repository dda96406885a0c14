import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../../../core/model';
import { offsetMinutesOf } from '../../../core/workflow/timezone';
import { siteUrl } from '../domain/outputs/site-urls';
import {
  SITEMAP_KINDS,
  URLSET_CLOSE,
  URLSET_OPEN,
  sitemapIndexXml,
  sitemapUrlXml,
  type IndexEntry,
  type SitemapKind,
  type Version,
} from '../domain/outputs/sitemaps';
import { isoTime, numberOr, type Row } from '../domain/site/rows';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { rowUrlsOf } from './row-urls';
import { sitemapQueries } from './sitemap-queries';

const PATH_OF = { articles: 'article', topics: 'topic', authors: 'author' } as const;

/**
 * The sitemap index and its pages (README, Sitemaps and feeds). A page is read a batch of `batchSize` rows at a
 * time (two statements per batch: the rows and their documents' language versions; for articles two more, those
 * versions' topic links and topics, for `{section}`, outputs/row-urls.ts) and written as it is read, so a 50,000-URL page holds one batch in memory.
 */
const sitemaps = ({ strapi }: { strapi: Core.Strapi }) => {
  const site = () => pluginConfig(strapi, 'site');
  const queries = () => sitemapQueries(strapi.db.connection);
  const zone = () => getService(strapi, 'workflow').config().timezone;

  /** One batch as `<url>` elements, each with every published language version of its document. */
  const batchXml = async (kind: SitemapKind, rows: readonly Row[], offsetOf: (at: Date) => number) => {
    const versionRows = await queries().versionsOf(
      kind,
      rows.map((row) => String(row.documentId)),
    );
    const urls = await rowUrlsOf(strapi, PATH_OF[kind], versionRows);
    const versionsBy = new Map<string, Version[]>();
    for (const row of versionRows) {
      const url = urls.get(numberOr(row.id, NaN));
      if (!url) continue;
      const list = versionsBy.get(String(row.documentId)) ?? [];
      list.push({ locale: String(row.locale), url });
      versionsBy.set(String(row.documentId), list);
    }
    return rows
      .map((row) => {
        const url = urls.get(numberOr(row.id, NaN));
        if (!url) return '';
        const lastmod = new Date(isoTime(row.updatedAt) ?? 0);
        return sitemapUrlXml(
          { url, lastmod, versions: versionsBy.get(String(row.documentId)) ?? [] },
          offsetOf(lastmod),
          DEFAULT_LOCALE,
        );
      })
      .join('');
  };

  return {
    /** The index: every page of every kind, with its newest change. */
    async index(): Promise<string> {
      const { pageSize } = site().sitemaps;
      const entries: IndexEntry[] = [];
      for (const kind of SITEMAP_KINDS)
        for (const row of await queries().pages(kind, pageSize)) {
          const lastmod = isoTime(row.lastmod);
          entries.push({
            url: siteUrl(site().url, `/sitemaps/${kind}-${numberOr(row.page, 0) + 1}.xml`),
            lastmod: lastmod ? new Date(lastmod) : null,
          });
        }
      const timeZone = zone();
      return sitemapIndexXml(entries, offsetMinutesOf(timeZone));
    },

    /**
     * A page as a sequence of XML pieces (one per batch), or null when there is no such page. Page 1 always
     * exists (an empty `urlset` when nothing is published), so the index's first file never 404s.
     */
    async page(kind: SitemapKind, page: number): Promise<AsyncGenerator<string> | null> {
      const { pageSize, batchSize } = site().sitemaps;
      const start = await queries().pageStart(kind, page, pageSize);
      if (start === undefined && page > 1) return null;
      const timeZone = zone();
      const offsetOf = offsetMinutesOf(timeZone);
      const read = queries();
      async function* pieces(): AsyncGenerator<string> {
        yield URLSET_OPEN;
        let next = start;
        let left = pageSize;
        while (next !== undefined && left > 0) {
          const limit = Math.min(batchSize, left);
          const rows = await read.batch(kind, next, limit);
          if (rows.length === 0) break;
          left -= rows.length;
          next = numberOr(rows[rows.length - 1].id, NaN) + 1;
          yield await batchXml(kind, rows, offsetOf);
          if (rows.length < limit) break;
        }
        yield URLSET_CLOSE;
      }
      return pieces();
    },
  };
};

export default sitemaps;

declare module '../services-registry' {
  interface NewsroomServices {
    sitemaps: ReturnType<typeof sitemaps>;
  }
}
