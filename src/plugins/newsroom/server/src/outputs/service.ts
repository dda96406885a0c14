import type { Core } from '@strapi/strapi';
import { feedXml, type FeedChannel, type FeedFormat, type FeedItem } from '../domain/outputs/feeds';
import { newsSitemapXml, newsWindow, publicationTime, type NewsEntry } from '../domain/outputs/news-sitemap';
import { absoluteMediaUrl } from '../domain/outputs/sections';
import { fillPattern, siteUrl } from '../domain/outputs/site-urls';
import { rowUrlsOf } from './row-urls';
import { groupByArticle, numberOr, textOrNull, timeOrNull, type Row } from '../domain/site/rows';
import { offsetMinutesOf } from '../../../core/workflow/timezone';
import { NEWSROOM_LOCALES } from '../../../core/model';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { siteQueries, type Owner } from '../site/queries';
import { outputQueries } from './queries';
import { configuredMediaBase } from '../site/media-base';

/** When an article row counts as published for the outputs (news-sitemap.ts `publicationTime`). */
const publishedAtOf = (row: Row): Date =>
  publicationTime(timeOrNull(row.publishedAt) ?? new Date(0), timeOrNull(row.originalPublishedAt));

/** What an output shows of an article, before it is written as a sitemap entry or a feed item. */
interface Story {
  url: string;
  title: string;
  summary: string | null;
  publishedAt: Date;
  authors: string[];
  cover: FeedItem['cover'];
}

/**
 * The sitemaps and feeds (outputs/controller.ts answers them): published articles read with the outputs' own SQL
 * and the site reads' owner and page queries, turned into the site's URLs (newsroom.config.site), then written
 * by the pure builders in domain/outputs.
 */
const outputs = ({ strapi }: { strapi: Core.Strapi }) => {
  const site = () => pluginConfig(strapi, 'site');
  const queries = () => outputQueries(strapi.db.connection, strapi.db.dialect.client);
  const pages = () => siteQueries(strapi.db.connection, strapi.db.dialect.client);
  const forLocale = <T>(values: Record<string, T>, locale: string, what: string): T => {
    const value = values[locale];
    if (value === undefined) throw new Error(`newsroom.site: no ${what} for locale ${locale}`);
    return value;
  };
  const urlOf = (pattern: string, values: Record<string, string>, base = site().url) =>
    siteUrl(base, fillPattern(pattern, values));
  /** Covers with a relative URL: site/media-base.ts, else the request's origin. */
  const mediaBase = (origin: string): string => configuredMediaBase(strapi) ?? origin;

  /** Article rows as stories: URL with section, authors' names, cover (the three read at once for the list). */
  const storiesOf = async (rows: Row[], origin: string): Promise<Story[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => numberOr(row.id, NaN));
    const [urls, authors, covers] = await Promise.all([
      rowUrlsOf(strapi, 'article', rows),
      pages().related('authors', ids),
      queries().coversOf(ids),
    ]);
    const authorsBy = groupByArticle(authors, (row) => String(row.name));
    const coversBy = groupByArticle(covers, (row) => row);
    const base = mediaBase(origin);
    return rows.flatMap((row) => {
      const id = numberOr(row.id, NaN);
      const url = urls.get(id);
      if (!url) return []; // a locale the site has no article pages for
      const cover = coversBy.get(id)?.[0];
      const coverUrl = cover && typeof cover.url === 'string' ? absoluteMediaUrl(cover.url, base) : null;
      return {
        url,
        title: String(row.title),
        summary: textOrNull(row.standfirst),
        publishedAt: publishedAtOf(row),
        authors: authorsBy.get(id) ?? [],
        cover:
          cover && coverUrl
            ? { url: coverUrl, type: String(cover.mime), bytes: Math.round(numberOr(cover.size, 0) * 1024) }
            : null,
      };
    });
  };

  const timeZone = () => getService(strapi, 'workflow').config().timezone;

  return {
    /**
     * The Google News sitemap of one locale or of every newsroom locale, as UTF-8 bytes: the window's stories
     * of each locale, their URLs made for them all at once.
     */
    async newsSitemap(locales: readonly string[] | null, now: Date): Promise<Buffer> {
      const { windowHours, maxUrls } = site().newsSitemap;
      const since = new Date(now.getTime() - windowHours * 3_600_000);
      const rows: Row[] = [];
      for (const locale of locales ?? NEWSROOM_LOCALES.map((newsroomLocale) => newsroomLocale.code))
        rows.push(...(await queries().newsWindow(locale, maxUrls, since)));
      const urls = await rowUrlsOf(strapi, 'article', rows);
      const names = site().publicationName;
      const entries: NewsEntry[] = [];
      for (const row of rows) {
        const url = urls.get(numberOr(row.id, NaN));
        const locale = String(row.locale);
        if (url)
          entries.push({
            url,
            title: String(row.title),
            language: locale,
            publicationName: forLocale(names, locale, 'publicationName'),
            publishedAt: publishedAtOf(row),
          });
      }
      return newsSitemapXml(newsWindow(entries, now, windowHours, maxUrls), offsetMinutesOf(timeZone()));
    },

    /**
     * A feed of the locale's latest stories, or of one topic's or author's; null when no published topic or author
     * has that slug. `owner` in the result is the topic's or author's documentId (the cache tags it).
     */
    async feed(
      format: FeedFormat,
      locale: string,
      /** The feed's path at the site's root (`/feeds/ar.rss`), canonical. */
      selfPath: string,
      origin: string,
      of: { owner: Owner; slug: string } | null,
    ): Promise<{ xml: string; ownerId: string | null } | null> {
      const size = site().feedSize;
      const publicationName = forLocale(site().publicationName, locale, 'publicationName');
      let rows: Row[];
      let title = publicationName;
      let pageUrl = siteUrl(site().url, forLocale(site().paths.home, locale, 'home path'));
      let ownerId: string | null = null;
      if (of) {
        const owner = await pages().owner(of.owner, locale, of.slug, ['o.name as name']);
        if (!owner) return null;
        ownerId = String(owner.documentId);
        rows = await pages().latestOf(of.owner, owner, locale, { limit: size, offset: 0 }, true);
        title = `${publicationName}: ${String(owner.name)}`;
        pageUrl = urlOf(forLocale(site().paths[of.owner], locale, `${of.owner} path`), {
          locale,
          slug: String(owner.slug),
          documentId: ownerId,
        });
      } else rows = await queries().latest(locale, size);
      const stories = await storiesOf(rows, origin);
      const channel: FeedChannel = {
        // The site serves the feed at its own root (README, Sitemaps and feeds): its URL is the site's.
        selfUrl: siteUrl(site().url, selfPath),
        siteUrl: pageUrl,
        title,
        description: title,
        language: locale,
        copyright: publicationName,
        updated: stories[0]?.publishedAt ?? new Date(0),
      };
      const items = stories.map((story): FeedItem => ({ ...story, updatedAt: story.publishedAt }));
      return { xml: feedXml(format, channel, items), ownerId };
    },
  };
};

export default outputs;

declare module '../services-registry' {
  interface NewsroomServices {
    outputs: ReturnType<typeof outputs>;
  }
}
