/**
 * Content-API routes (under /api/newsroom). Each is a users-permissions action: the Public role gets
 * `slugs.resolve` (set in services/access.ts) and never `tagging.suggest`, which is granted per role or
 * API token, nor the workflow routes, which the newsroom-author and newsroom-editor roles get.
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
