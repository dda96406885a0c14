import { resolveSlugResponseSchema } from '../../../shared/contracts/slugs';
import { route } from '../http/route';
import { resolveRequest } from './controller';

/**
 * The slug resolver. Its action is `slugResolver.findOne` (controllers.ts) rather than `slugs.resolve`: Strapi
 * lets a read-only API token call actions named `find` and `findOne` only.
 */
export const contentApiRoutes = [
  route(
    'GET',
    '/resolve/:type/:slug',
    'slugResolver.findOne',
    ['plugin::newsroom.published-only'],
    {},
    {
      request: {
        params: { type: resolveRequest.shape.type, slug: resolveRequest.shape.slug },
        query: { locale: resolveRequest.shape.locale },
      },
      // 200 for the current slug; a former one answers 301 (Location: the canonical URL) with the same body.
      response: resolveSlugResponseSchema,
    },
  ),
];
