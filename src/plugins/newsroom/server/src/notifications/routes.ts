import { route } from '../http/route';

// Admin routes only: every signed-in admin user reads and marks their own notifications and sets their own
// e-mail preferences; no route names another user.
const SIGNED_IN = ['admin::isAuthenticatedAdmin'];

export const adminRoutes = [
  route('GET', '/notifications', 'notifications.list', SIGNED_IN),
  route('GET', '/notifications/unread', 'notifications.unread', SIGNED_IN),
  route('POST', '/notifications/read', 'notifications.markRead', SIGNED_IN),
  route('GET', '/notifications/preferences', 'notifications.preferences', SIGNED_IN),
  route('POST', '/notifications/preferences', 'notifications.setPreferences', SIGNED_IN),
];
