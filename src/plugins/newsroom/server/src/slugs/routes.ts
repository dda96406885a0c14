import { route } from '../http/route';

/**
 * The slug resolver. Its action is `slugResolver.findOne` (controllers.ts) rather than `slugs.resolve`: Strapi
 * lets a read-only API token call actions named `find` and `findOne` only.
 */
export const contentApiRoutes = [
  route('GET', '/resolve/:type/:slug', 'slugResolver.findOne', ['plugin::newsroom.published-only']),
];
