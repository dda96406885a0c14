/**
 * Content-API routes (under /api/newsroom). Each is a users-permissions action: the Public role gets
 * `slugs.resolve` and the site reads (set in setup/access.ts) and never `tagging.suggest`, which is granted
 * per role or API token, nor the workflow routes, which the newsroom-author and newsroom-editor roles get.
 */

/**
 * The site reads: published documents in fixed shapes, a fixed number of SQL statements each
 * (site/controller.ts, site/reads.ts). Cached publicly like the core find routes.
 */
export const SITE_READ_HANDLERS = ['article', 'topic', 'topicArticles', 'author', 'authorArticles', 'search'] as const;
/** Typed by the list above, which setup/access.ts grants to the Public role: a route outside it fails to compile. */
const siteRead = (path: string, handler: (typeof SITE_READ_HANDLERS)[number]) => ({
  method: 'GET',
  path: `/site/:locale${path}`,
  handler: `site.${handler}`,
  config: { policies: ['plugin::newsroom.published-only'] },
});

export default {
  type: 'content-api' as const,
  routes: [
    siteRead('/articles/:slug', 'article'),
    siteRead('/topics/:slug', 'topic'),
    siteRead('/topics/:slug/articles', 'topicArticles'),
    siteRead('/authors/:slug', 'author'),
    siteRead('/authors/:slug/articles', 'authorArticles'),
    siteRead('/search', 'search'),
    {
      method: 'GET',
      path: '/resolve/:type/:slug',
      handler: 'slugs.resolve',
      config: { policies: ['plugin::newsroom.published-only'] },
    },
    {
      method: 'POST',
      path: '/tagging/suggest',
      handler: 'tagging.suggest',
      config: { policies: ['plugin::newsroom.published-only'] },
    },
    // The workflow for newsroom tools signed in as users-permissions users (newsroom-author / newsroom-editor).
    {
      method: 'GET',
      path: '/workflow/articles/:documentId',
      handler: 'workflowApi.state',
      config: { policies: ['plugin::newsroom.workflow-role'] },
    },
    {
      method: 'POST',
      path: '/workflow/articles/:documentId/transitions',
      handler: 'workflowApi.transition',
      config: { policies: ['plugin::newsroom.workflow-role'] },
    },
    // Public by URL, readable only with a signed token (checked by the policy and the controller).
    {
      method: 'GET',
      path: '/preview/:documentId',
      handler: 'preview.show',
      config: { auth: false, policies: ['plugin::newsroom.preview-token'] },
    },
    {
      method: 'GET',
      path: '/preview-fonts/:file',
      handler: 'preview.font',
      config: { auth: false, policies: ['plugin::newsroom.published-only'] },
    },
  ],
};
