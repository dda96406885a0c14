/**
 * Route configuration for the core routers of the newsroom types (src/api/<type>/routes): public reads
 * go through the policy that refuses any status but "published" (drafts never leak), and a list looked up
 * by a former slug answers with meta.redirectTo.
 */
export const publicReadConfig = (uid: string) => ({
  config: {
    find: {
      policies: ['plugin::newsroom.published-only'],
      middlewares: [{ name: 'plugin::newsroom.slug-redirect-meta', config: { uid } }],
    },
    findOne: { policies: ['plugin::newsroom.published-only'] },
  },
});
