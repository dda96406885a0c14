import { z } from 'zod';
import {
  SITE_MAX_PAGE,
  siteArticleResponseSchema,
  siteAuthorResponseSchema,
  siteListResponseSchema,
  siteTopicResponseSchema,
} from '../../../shared/contracts/site';
import { MAX_SEARCH_LENGTH } from '../domain/content/search-key';
import { localeCode } from '../http/requests';
import { route, type RouteDocs } from '../http/route';
import { slug } from './requests';

/**
 * The site reads: published documents in fixed shapes, a fixed number of SQL statements each
 * (site/controller.ts, site/reads.ts). Cached publicly like the core find routes.
 *
 * Each read is a controller of its own whose action is named `find` (a list) or `findOne` (one document):
 * Strapi lets a read-only API token call actions with those names only (admin's content-api-token strategy),
 * so a server-rendered site reads them with the same credential as the core routes.
 */
export const SITE_READS = {
  siteArticle: { action: 'findOne', read: 'article', path: '/articles/:slug' },
  siteTopic: { action: 'findOne', read: 'topic', path: '/topics/:slug' },
  siteTopicArticles: { action: 'find', read: 'topicArticles', path: '/topics/:slug/articles' },
  siteAuthor: { action: 'findOne', read: 'author', path: '/authors/:slug' },
  siteAuthorArticles: { action: 'find', read: 'authorArticles', path: '/authors/:slug/articles' },
  siteSearch: { action: 'find', read: 'search', path: '/search' },
} as const;
export type SiteReadController = keyof typeof SITE_READS;

/** `siteArticle.findOne` …: the route handlers, which setup/access.ts grants to the Public role. */
export const SITE_READ_HANDLERS = (Object.keys(SITE_READS) as SiteReadController[]).map(
  (controller) => `${controller}.${SITE_READS[controller].action}`,
);

// The OpenAPI description of each read (the controllers parse the same parameters: site/requests.ts).
const page = z.int().min(1).max(SITE_MAX_PAGE).optional().describe('The page, from 1 (20 articles a page)');
const bySlug = { params: { locale: localeCode, slug } };
const SITE_READ_DOCS: Record<SiteReadController, RouteDocs> = {
  siteArticle: { request: bySlug, response: siteArticleResponseSchema },
  siteTopic: { request: bySlug, response: siteTopicResponseSchema },
  siteTopicArticles: { request: { ...bySlug, query: { page } }, response: siteListResponseSchema },
  siteAuthor: { request: bySlug, response: siteAuthorResponseSchema },
  siteAuthorArticles: { request: { ...bySlug, query: { page } }, response: siteListResponseSchema },
  siteSearch: {
    request: {
      params: { locale: localeCode },
      query: { q: z.string().min(1).max(MAX_SEARCH_LENGTH).describe('Every word must occur (Arabic-aware)'), page },
    },
    response: siteListResponseSchema,
  },
};

export const contentApiRoutes = (Object.keys(SITE_READS) as SiteReadController[]).map((controller) =>
  route(
    'GET',
    `/site/:locale${SITE_READS[controller].path}`,
    `${controller}.${SITE_READS[controller].action}`,
    ['plugin::newsroom.published-only'],
    {},
    SITE_READ_DOCS[controller],
  ),
);
