/**
 * Content-API routes (under /api/newsroom). Each is a users-permissions action: the Public role gets
 * `slugs.resolve` (set in services/access.ts) and never `tagging.suggest`, which is granted per role or
 * API token.
 */
export default {
  type: 'content-api' as const,
  routes: [
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
  ],
};
