import { READ, UPDATE, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Admin routes only: the history is never in the content API. Per document, the controller checks that the
// user may read (list, diff) or update (restore) this article in the Content Manager.
export const adminRoutes = [
  route('GET', '/history/articles/:documentId', 'history.list', can(READ)),
  route('GET', '/history/articles/:documentId/diff', 'history.diff', can(READ)),
  route('POST', '/history/articles/:documentId/restore', 'history.restore', can(UPDATE)),
];
