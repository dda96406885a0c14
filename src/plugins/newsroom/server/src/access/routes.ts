import { route } from '../http/route';

// Any signed-in admin user: the controller answers only for a document the user may read (404 otherwise).
export const adminRoutes = [route('GET', '/access/:documentId', 'access.editAccess', ['admin::isAuthenticatedAdmin'])];
