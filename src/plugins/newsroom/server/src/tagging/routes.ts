import { PUBLISH, READ, UPDATE, can } from '../http/admin-route-policies';

export const adminRoutes = [
  { method: 'POST', path: '/tagging/suggest', handler: 'tagging.suggest', config: { policies: can(READ) } },
  {
    method: 'GET',
    path: '/tagging/articles/:documentId',
    handler: 'tagging.suggestForArticle',
    config: { policies: can(READ) },
  },
  {
    method: 'POST',
    path: '/tagging/articles/:documentId/feedback',
    handler: 'tagging.feedback',
    config: { policies: can(UPDATE) },
  },
  { method: 'POST', path: '/tagging/retrain', handler: 'tagging.retrain', config: { policies: can(PUBLISH) } },
];

/** Never granted to the Public role: per role or API token. */
export const contentApiRoutes = [
  {
    method: 'POST',
    path: '/tagging/suggest',
    handler: 'tagging.suggest',
    config: { policies: ['plugin::newsroom.published-only'] },
  },
];
