import { z } from 'zod';
import { route, type RouteDocs } from '../http/route';
import { OUTPUT_FILE_MAX, OUTPUT_LOCALES, outputLocale } from './requests';

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

// The OpenAPI description of each output (outputs/controller.ts parses the same parameters; its answers are XML,
// which scripts/openapi/document.ts describes).
const slugFile = z
  .string()
  .max(OUTPUT_FILE_MAX)
  .regex(/^.+\.(rss|atom)$/)
  .describe('The topic’s or author’s slug, then `.rss` or `.atom`');
const OUTPUT_DOCS: Record<OutputController, RouteDocs> = {
  newsSitemap: { request: { query: { locale: outputLocale.optional().describe('One locale only') } } },
  xmlSitemap: {
    request: {
      params: {
        file: z
          .string()
          .regex(/^(index|(articles|topics|authors)-[1-9]\d{0,5})\.xml$/)
          .describe('index.xml, articles-N.xml, topics-N.xml or authors-N.xml'),
      },
    },
  },
  localeFeed: {
    request: {
      params: {
        file: z
          .string()
          .regex(new RegExp(`^(${OUTPUT_LOCALES.join('|')})\\.(rss|atom)$`))
          .describe('The locale, then `.rss` or `.atom`'),
      },
    },
  },
  topicFeed: { request: { params: { locale: outputLocale, file: slugFile } } },
  authorFeed: { request: { params: { locale: outputLocale, file: slugFile } } },
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
