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
