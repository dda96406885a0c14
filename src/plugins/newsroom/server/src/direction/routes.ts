import { route } from '../http/route';

// Which locales are RTL: any signed-in admin user (the edit form of every content type needs it).
export const adminRoutes = [route('GET', '/direction', 'direction.settings', ['admin::isAuthenticatedAdmin'])];
