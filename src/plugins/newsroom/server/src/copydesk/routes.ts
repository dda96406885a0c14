import { READ, can } from '../http/admin-route-policies';

// Copy-desk hints (never applied): for a stored draft, and for text not saved yet.
export const adminRoutes = [
  {
    method: 'GET',
    path: '/copydesk/articles/:documentId',
    handler: 'copydesk.forArticle',
    config: { policies: can(READ) },
  },
  { method: 'POST', path: '/copydesk/check', handler: 'copydesk.check', config: { policies: can(READ) } },
];
