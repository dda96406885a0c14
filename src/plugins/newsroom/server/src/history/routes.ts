import { READ, UPDATE, can } from '../http/admin-route-policies';

// Admin routes only: the history is never in the content API. Per document, the controller checks that the
// user may read (list, diff) or update (restore) this article in the Content Manager.
export const adminRoutes = [
  {
    method: 'GET',
    path: '/history/articles/:documentId',
    handler: 'history.list',
    config: { policies: can(READ) },
  },
  {
    method: 'GET',
    path: '/history/articles/:documentId/diff',
    handler: 'history.diff',
    config: { policies: can(READ) },
  },
  {
    method: 'POST',
    path: '/history/articles/:documentId/restore',
    handler: 'history.restore',
    config: { policies: can(UPDATE) },
  },
];
