import { ARTICLE_UID } from '../../../core/model';

/**
 * Admin routes (under /newsroom): signed-in admin users, with the Content Manager permission on articles that
 * the action needs (per document where it touches one: see the controllers).
 */
export const can = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [[action, ARTICLE_UID]] } },
];
export const READ = 'plugin::content-manager.explorer.read';
export const UPDATE = 'plugin::content-manager.explorer.update';
export const PUBLISH = 'plugin::content-manager.explorer.publish';
export const CREATE = 'plugin::content-manager.explorer.create';
