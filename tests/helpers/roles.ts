import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

interface PermissionRow {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

/**
 * Sets the conditions of one Content Manager action on articles for the Author role (for instance read or update
 * limited to "is creator"), keeping every other permission of the role as it is. Goes through Strapi's role service,
 * as the Settings page does, so the permission cache is rebuilt. Returns a function that puts the role back as it was.
 */
export async function setAuthorArticleConditions(
  strapi: Core.Strapi,
  action: 'read' | 'update',
  conditions: string[],
): Promise<() => Promise<void>> {
  const roleService = strapi.service('admin::role');
  const role = (await roleService.findOne({ code: 'strapi-author' })) as { id: number };
  const permissions = (await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: role.id } })) as PermissionRow[];
  const assign = (target: string[] | null) =>
    roleService.assignPermissions(
      role.id,
      permissions.map((permission) => ({
        action: permission.action,
        subject: permission.subject,
        properties: permission.properties,
        conditions:
          target !== null &&
          permission.action === `plugin::content-manager.explorer.${action}` &&
          permission.subject === ARTICLE_UID
            ? target
            : permission.conditions,
      })),
    );
  await assign(conditions);
  return async () => {
    await assign(null);
  };
}
