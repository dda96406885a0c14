import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Copy-desk hints (never applied): for a stored draft, and for text not saved yet.
export const adminRoutes = [
  route('GET', '/copydesk/articles/:documentId', 'copydesk.forArticle', can(READ)),
  route('POST', '/copydesk/check', 'copydesk.check', can(READ)),
];
