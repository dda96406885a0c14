/**
 * The slug resolver. Its action is `slugResolver.findOne` (controllers.ts) rather than `slugs.resolve`: Strapi
 * lets a read-only API token call actions named `find` and `findOne` only.
 */
export const contentApiRoutes = [
  {
    method: 'GET',
    path: '/resolve/:type/:slug',
    handler: 'slugResolver.findOne',
    config: { policies: ['plugin::newsroom.published-only'] },
  },
];
