import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Admin routes only: who has an article locale open. Reading the article is enough (the controller checks it
// per document); presence is advisory and never blocks a save.
export const adminRoutes = [
  route('GET', '/presence/articles/:documentId/:locale', 'presence.others', can(READ)),
  route('POST', '/presence/articles/:documentId/:locale', 'presence.heartbeat', can(READ)),
  route('POST', '/presence/articles/:documentId/:locale/leave', 'presence.leave', can(READ)),
];
