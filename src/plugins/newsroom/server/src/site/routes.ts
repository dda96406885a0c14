import { route } from '../http/route';

/**
 * The site reads: published documents in fixed shapes, a fixed number of SQL statements each
 * (site/controller.ts, site/reads.ts). Cached publicly like the core find routes.
 */
export const SITE_READ_HANDLERS = ['article', 'topic', 'topicArticles', 'author', 'authorArticles', 'search'] as const;
/** Typed by the list above, which setup/access.ts grants to the Public role: a route outside it fails to compile. */
const siteRead = (path: string, handler: (typeof SITE_READ_HANDLERS)[number]) =>
  route('GET', `/site/:locale${path}`, `site.${handler}`, ['plugin::newsroom.published-only']);

export const contentApiRoutes = [
  siteRead('/articles/:slug', 'article'),
  siteRead('/topics/:slug', 'topic'),
  siteRead('/topics/:slug/articles', 'topicArticles'),
  siteRead('/authors/:slug', 'author'),
  siteRead('/authors/:slug/articles', 'authorArticles'),
  siteRead('/search', 'search'),
];
