import { READ, can } from '../http/admin-route-policies';
import { route } from '../http/route';

// Admin routes only: the comments of an article locale. Reading the article is enough to read and write them
// (the controller checks it per document); only its author edits or deletes a comment (the service checks it).
export const adminRoutes = [
  route('GET', '/comments/:documentId', 'comments.list', can(READ)),
  route('GET', '/comments/:documentId/mentionable', 'comments.mentionable', can(READ)),
  route('POST', '/comments/:documentId', 'comments.create', can(READ)),
  route('PUT', '/comments/:documentId/:commentId', 'comments.change', can(READ)),
  route('DELETE', '/comments/:documentId/:commentId', 'comments.remove', can(READ)),
];
