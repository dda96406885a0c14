import { Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, AUTHOR_UID, TOPIC_UID } from '../../../core/model';
import { cacheDependsOn } from '../cache/dependencies';
import { docTag, listTag, relationsTag } from '../domain/cache/response';
import { FEED_CONTENT_TYPES } from '../domain/outputs/feeds';
import { getService } from '../get-service';
import { notFound } from '../http/refusal';
import type { KoaContext } from '../http/requests';
import { readRequest } from '../site/requests';
import type { Owner } from '../site/queries';
import { OUTPUT_LOCALES, feedFile, feedPath, feedRequest, newsSitemapRequest, sitemapRequest } from './requests';
import { siteUrl } from '../domain/outputs/site-urls';
import type { FeedFormat } from '../domain/outputs/feeds';
import { pluginConfig } from '../plugin-config';
import { sitemapFile } from '../domain/outputs/sitemaps';

const OWNER_UIDS = { topic: TOPIC_UID, author: AUTHOR_UID } as const;

const SITEMAP_TYPE = 'application/xml; charset=utf-8';

/**
 * Every output shows articles (titles, slugs, summaries, covers), their authors' names and their sections' slugs:
 * any publish, unpublish, update of a published document or delete of an article, author or topic evicts it (each
 * such change evicts its type's `list:` tag, cache/response-cache.ts). A topic's or author's feed also depends on
 * the owner itself (`doc:`, `rel:`), like the site reads' lists.
 */
const OUTPUT_DEPENDENCIES = [listTag(ARTICLE_UID), listTag(AUTHOR_UID), listTag(TOPIC_UID)];

const notFoundFeed = (what: string) => notFound({ en: `No feed at ${what}`, ar: `لا توجد خلاصة في ${what}` });

/**
 * GET /api/newsroom/sitemaps/news.xml and /api/newsroom/feeds/…: the request checked here (unknown query
 * parameters are a 400 naming them, tracking parameters ignored, as for the site reads), the XML written by the
 * outputs service.
 */
const outputsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'outputs');

  /**
   * A slug the topic or author gave up: 301 to the feed at its current slug, at the site's root where readers
   * subscribe (README, Sitemaps and feeds), so a subscription survives a renamed topic. False when it is no such slug.
   */
  const movedFeed = async (ctx: KoaContext, owner: Owner, locale: string, slug: string, format: FeedFormat) => {
    const found = await getService(strapi, 'slugs').resolve(OWNER_UIDS[owner], slug, locale);
    if (!found?.redirectTo) return false;
    ctx.status = 301;
    ctx.set(
      'Location',
      siteUrl(pluginConfig(strapi, 'site').url, feedPath([locale, `${owner}s`, found.redirectTo], format)),
    );
    ctx.body = '';
    return true;
  };

  const feed = (owner: Owner | null) => async (ctx: KoaContext) => {
    // `/feeds/ar.rss` names the locale in the file; `/feeds/ar/topics/<slug>.rss` in the path.
    const request = readRequest(ctx, feedRequest);
    const file = feedFile(request.file);
    const locale = owner ? request.locale : file?.name;
    if (!file || locale === undefined || !OUTPUT_LOCALES.includes(locale)) throw notFoundFeed(ctx.path);
    const segments = owner ? [locale, `${owner}s`, file.name] : [locale];
    const result = await service().feed(
      file.format,
      locale,
      feedPath(segments, file.format),
      ctx.origin,
      owner ? { owner, slug: file.name } : null,
    );
    if (!result) {
      if (owner && (await movedFeed(ctx, owner, locale, file.name, file.format))) return;
      throw notFoundFeed(ctx.path);
    }
    cacheDependsOn(ctx, [
      ...OUTPUT_DEPENDENCIES,
      ...(result.ownerId ? [docTag(result.ownerId), relationsTag(result.ownerId)] : []),
    ]);
    ctx.type = FEED_CONTENT_TYPES[file.format];
    ctx.body = result.xml;
  };

  return {
    async newsSitemap(ctx: KoaContext) {
      const request = readRequest(ctx, newsSitemapRequest);
      const xml = await service().newsSitemap(request.locale ? [request.locale] : null, new Date());
      cacheDependsOn(ctx, OUTPUT_DEPENDENCIES);
      // UTF-8 bytes, set before the type (Koa types a Buffer body application/octet-stream when none is set).
      ctx.type = SITEMAP_TYPE;
      ctx.body = xml;
    },
    /**
     * GET /sitemaps/index.xml, and each page it names (`articles-2.xml`), streamed as it is read from the
     * database; 404 for any other file or a page past the last.
     */
    async sitemap(ctx: KoaContext) {
      const request = readRequest(ctx, sitemapRequest);
      const sitemaps = getService(strapi, 'sitemaps');
      let body: string | Readable;
      if (request.file === 'index.xml') body = await sitemaps.index();
      else {
        const file = sitemapFile(request.file);
        const pieces = file ? await sitemaps.page(file.kind, file.page) : null;
        if (!pieces) throw notFound({ en: `No sitemap at ${ctx.path}`, ar: `لا توجد خريطة موقع في ${ctx.path}` });
        // One batch read ahead at most (the default is 16 pieces: with 1,000-row batches about 12 MB waiting).
        body = Readable.from(pieces, { highWaterMark: 1 });
      }
      cacheDependsOn(ctx, OUTPUT_DEPENDENCIES);
      ctx.type = SITEMAP_TYPE;
      ctx.body = body;
    },
    feed: feed(null),
    topicFeed: feed('topic'),
    authorFeed: feed('author'),
  };
};

export default outputsController;
