import type { Core } from '@strapi/strapi';
import type {
  SiteArticleResponse,
  SiteAuthorResponse,
  SiteListResponse,
  SiteTopicResponse,
} from '../../../shared/contracts/site';
import type { SlugRedirectMeta } from '../../../shared/contracts/slugs';
import { docTag, listTag, relationsTag } from '../domain/cache/response';
import { getService } from '../get-service';
import { cacheDependsOn } from '../cache/dependencies';
import { notFound } from '../http/refusal';
import { noPublished } from '../slugs/refusals';
import type { Owner } from './queries';
import type { SluggedType } from '../slugs/service';
import type { KoaContext } from '../http/requests';
import { bySlug, listBySlug, readRequest, searchRequest } from './requests';
import { ARTICLE_UID, AUTHOR_UID, TOPIC_UID } from '../../../core/model';

const TYPES: Record<'article' | Owner, { uid: SluggedType; plural: string }> = {
  article: { uid: ARTICLE_UID, plural: 'articles' },
  topic: { uid: TOPIC_UID, plural: 'topics' },
  author: { uid: AUTHOR_UID, plural: 'authors' },
};

/**
 * The site reads (GET /api/newsroom/site/:locale/…): validation here, the queries in site/reads.ts.
 * Each response tells the response cache what else it depends on, so a write evicts it exactly: a topic's or
 * author's list is evicted by a change to any document linked to it (`rel:`), a search by any article change.
 */
const siteController = ({ strapi }: { strapi: Core.Strapi }) => {
  const reads = () => getService(strapi, 'siteReads');

  /** 301 to the current URL for a slug the document gave up, else 404 naming the slug. */
  const missing = async (ctx: KoaContext, type: 'article' | Owner, locale: string, slug: string, suffix = '') => {
    const { uid, plural } = TYPES[type];
    const found = await getService(strapi, 'slugs').resolve(uid, slug, locale);
    if (!found?.redirectTo) throw notFound(noPublished(type, slug, locale));
    const query = ctx.querystring ? `?${ctx.querystring}` : '';
    ctx.status = 301;
    ctx.set(
      'Location',
      `/api/newsroom/site/${locale}/${plural}/${encodeURIComponent(found.redirectTo)}${suffix}${query}`,
    );
    const meta: SlugRedirectMeta = { redirectTo: { slug: found.redirectTo, documentId: found.documentId, locale } };
    ctx.body = { data: null, meta };
  };

  const ownedList = (owner: Owner) => async (ctx: KoaContext) => {
    const request = readRequest(ctx, listBySlug);
    const result = await reads().articlesOf(owner, request.locale, request.slug, request.page);
    if (!result) return missing(ctx, owner, request.locale, request.slug, '/articles');
    cacheDependsOn(ctx, [docTag(result.owner.documentId), relationsTag(result.owner.documentId)]);
    const body: SiteListResponse = { data: result.items, meta: { pagination: result.pagination } };
    ctx.body = body;
  };

  return {
    async article(ctx: KoaContext) {
      const request = readRequest(ctx, bySlug);
      const found = await reads().article(request.locale, request.slug, ctx.origin);
      if (!found) return missing(ctx, 'article', request.locale, request.slug);
      // The section its URL names (seo) is not in the body: its slug change evicts the article too.
      cacheDependsOn(ctx, found.dependsOn.map(docTag));
      const body: SiteArticleResponse = { data: found.article };
      ctx.body = body;
    },

    async topic(ctx: KoaContext) {
      const request = readRequest(ctx, bySlug);
      const page = await reads().topicPage(request.locale, request.slug);
      if (!page) return missing(ctx, 'topic', request.locale, request.slug);
      cacheDependsOn(ctx, [relationsTag(page.topic.documentId)]);
      const body: SiteTopicResponse = {
        data: { ...page.topic, articles: page.articles.items },
        meta: { pagination: page.articles.pagination },
      };
      ctx.body = body;
    },

    topicArticles: ownedList('topic'),

    async author(ctx: KoaContext) {
      const request = readRequest(ctx, bySlug);
      const page = await reads().authorPage(request.locale, request.slug);
      if (!page) return missing(ctx, 'author', request.locale, request.slug);
      cacheDependsOn(ctx, [relationsTag(page.author.documentId)]);
      const body: SiteAuthorResponse = {
        data: { ...page.author, articles: page.articles.items },
        meta: { pagination: page.articles.pagination },
      };
      ctx.body = body;
    },

    authorArticles: ownedList('author'),

    async search(ctx: KoaContext) {
      const request = readRequest(ctx, searchRequest);
      const page = await reads().search(request.locale, request.q, request.page);
      // Any article published, changed or withdrawn may enter or leave a search.
      cacheDependsOn(ctx, [listTag(TYPES.article.uid)]);
      const body: SiteListResponse = { data: page.items, meta: { pagination: page.pagination } };
      ctx.body = body;
    },
  };
};

export default siteController;
