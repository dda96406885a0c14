import { PUBLISH, READ, UPDATE, can } from '../http/admin-route-policies';
import { route } from '../http/route';
import { suggestRequestSchema, suggestResponseSchema } from '../../../shared/contracts/tagging';

export const adminRoutes = [
  route('POST', '/tagging/suggest', 'tagging.suggest', can(READ)),
  route('GET', '/tagging/articles/:documentId', 'tagging.suggestForArticle', can(READ)),
  route('POST', '/tagging/articles/:documentId/feedback', 'tagging.feedback', can(UPDATE)),
  route('POST', '/tagging/retrain', 'tagging.retrain', can(PUBLISH)),
];

/** Never granted to the Public role: per role or API token. */
export const contentApiRoutes = [
  route(
    'POST',
    '/tagging/suggest',
    'tagging.suggest',
    ['plugin::newsroom.published-only'],
    {},
    { request: { body: { 'application/json': suggestRequestSchema } }, response: suggestResponseSchema },
  ),
];
