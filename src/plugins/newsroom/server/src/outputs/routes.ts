import { z } from 'zod';
import { localeCode } from '../http/requests';
import { route, type RouteDocs } from '../http/route';

/**
 * The sitemaps and feeds, under /api/newsroom: public GETs like the site reads, each a controller of its own
 * whose action is `find`, so a read-only API token may call it too (site/routes.ts says why). A site serves them
 * at its own root (`/sitemaps/news.xml`, `/feeds/ar.rss`) through its proxy (README, Sitemaps and feeds).
 */
export const OUTPUTS = {
  newsSitemap: { read: 'newsSitemap', path: '/sitemaps/news.xml' },
  // After news.xml, which it would match too: index.xml and the pages (articles-1.xml …).
  xmlSitemap: { read: 'sitemap', path: '/sitemaps/:file' },
  localeFeed: { read: 'feed', path: '/feeds/:file' },
  topicFeed: { read: 'topicFeed', path: '/feeds/:locale/topics/:file' },
  authorFeed: { read: 'authorFeed', path: '/feeds/:locale/authors/:file' },
} as const;
export type OutputController = keyof typeof OUTPUTS;

/** `newsSitemap.find` …: the route handlers, which setup/access.ts grants to the Public role. */
export const OUTPUT_HANDLERS = (Object.keys(OUTPUTS) as OutputController[]).map((controller) => `${controller}.find`);

/** The path parameters as the controllers read them (OpenAPI; the controllers answer 404 for other names). */
const sitemapName = z
  .string()
  .regex(/^(index|(articles|topics|authors)-[1-9]\d{0,5})\.xml$/)
  .describe('index.xml, articles-N.xml, topics-N.xml or authors-N.xml');
const feedName = z
  .string()
  .regex(/^.+\.(rss|atom)$/)
  .describe('<name>.rss or <name>.atom');
const OUTPUT_DOCS: Record<OutputController, RouteDocs> = {
  newsSitemap: {},
  xmlSitemap: { request: { params: { file: sitemapName } } },
  localeFeed: { request: { params: { file: feedName } } },
  topicFeed: { request: { params: { locale: localeCode, file: feedName } } },
  authorFeed: { request: { params: { locale: localeCode, file: feedName } } },
};

export const contentApiRoutes = (Object.keys(OUTPUTS) as OutputController[]).map((controller) =>
  route(
    'GET',
    OUTPUTS[controller].path,
    `${controller}.find`,
    ['plugin::newsroom.published-only'],
    {},
    OUTPUT_DOCS[controller],
  ),
);
