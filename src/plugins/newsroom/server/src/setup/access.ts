import type { Core } from '@strapi/strapi';
import { SITE_READ_HANDLERS } from '../site/routes';
import { ARTICLE_UID, AUTHOR_UID, NEWSROOM_LOCALES, SOURCE_UID, TOPIC_UID } from '../../../core/model';

/** Content types the newsroom's roles work on, and what sites may read. */
export const NEWSROOM_CONTENT_TYPES = [ARTICLE_UID, AUTHOR_UID, TOPIC_UID, SOURCE_UID] as const;

const CM = 'plugin::content-manager.explorer';
/** users-permissions roles for newsroom tools using the content API; contentApiRoles maps them to workflow roles. */
export const API_ROLES = [
  {
    type: 'newsroom-author',
    name: 'Newsroom author',
    description: 'Newsroom tools acting as an author: submit and withdraw',
  },
  {
    type: 'newsroom-editor',
    name: 'Newsroom editor',
    description: 'Newsroom tools acting as an editor: review, schedule, publish',
  },
] as const;
/** The plugin's site reads (published documents only), for whoever may read. */
const SITE_READ_ACTIONS = SITE_READ_HANDLERS.map((handler) => `plugin::newsroom.site.${handler}`);
const API_ROLE_ACTIONS = [
  ...NEWSROOM_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...SITE_READ_ACTIONS,
  'plugin::newsroom.workflowApi.state',
  'plugin::newsroom.workflowApi.transition',
];

const PUBLIC_ACTIONS = [
  ...NEWSROOM_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  'plugin::newsroom.slugs.resolve',
  ...SITE_READ_ACTIONS,
];

interface AdminRole {
  id: number;
  code: string;
}
interface AdminAction {
  actionId: string;
  subjects?: string[];
}
interface PermissionDraft {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}
interface UsersPermissionsRow {
  id: number;
  action: string;
}

/**
 * Editorial roles with explicit permissions, and the Public role reduced to reading.
 * - Author: creates drafts, reads everything, edits and deletes only what they created, never publishes.
 * - Editor: creates, edits, deletes and publishes everything.
 * - Super Admin: Strapi keeps it at every permission.
 * Reconciled at every boot (Strapi's assignPermissions diffs), so a changed rule reaches existing databases.
 */
const access = ({ strapi }: { strapi: Core.Strapi }) => {
  const locales = NEWSROOM_LOCALES.map((locale) => locale.code);

  const contentManagerPermissions = (actions: string[], conditions: string[] = []): PermissionDraft[] => {
    const provider = strapi.service('admin::permission').actionProvider as { get(id: string): AdminAction | undefined };
    const withFields = strapi.service('admin::content-type').getPermissionsWithNestedFields as (
      actions: AdminAction[],
    ) => PermissionDraft[];
    const wanted = actions.map((action) => {
      const registered = provider.get(`${CM}.${action}`);
      if (!registered) throw new Error(`Unknown admin action ${CM}.${action}`);
      return { ...registered, subjects: [...NEWSROOM_CONTENT_TYPES] };
    });
    return withFields(wanted).map((permission) => ({
      action: permission.action,
      subject: permission.subject,
      properties: { ...permission.properties, locales },
      conditions,
    }));
  };

  const mediaPermissions = (conditions: string[]): PermissionDraft[] => [
    { action: 'plugin::upload.read', conditions },
    { action: 'plugin::upload.configure-view' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ];

  const ownArticleOnly = (permissions: PermissionDraft[]): PermissionDraft[] =>
    permissions.map((permission) => ({ ...permission, conditions: ['admin::is-creator'] }));

  const rolePermissions = (): Record<string, PermissionDraft[]> => ({
    'strapi-editor': [
      ...contentManagerPermissions(['create', 'read', 'update', 'delete', 'publish']),
      ...mediaPermissions([]),
    ],
    'strapi-author': [
      ...contentManagerPermissions(['create', 'read']),
      // The Content Manager checks update and delete per document: the creator condition keeps others' work safe.
      ...ownArticleOnly(contentManagerPermissions(['update', 'delete'])),
      ...mediaPermissions(['admin::is-creator']),
    ],
  });

  /** Gives a users-permissions role exactly these actions: missing ones added, others removed. */
  const grantExactly = async (roleId: number, actions: readonly string[]): Promise<void> => {
    const permissionQuery = strapi.db.query('plugin::users-permissions.permission');
    const existing = (await permissionQuery.findMany({ where: { role: roleId } })) as UsersPermissionsRow[];
    const extra = existing.filter((permission) => !actions.includes(permission.action));
    if (extra.length > 0) await permissionQuery.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    const present = new Set(existing.map((permission) => permission.action));
    for (const action of actions.filter((name) => !present.has(name))) {
      await permissionQuery.create({ data: { action, role: roleId } });
    }
  };

  return {
    async ensureEditorialRoles(): Promise<void> {
      const roleService = strapi.service('admin::role');
      await roleService.createRolesIfNoneExist();
      for (const [code, permissions] of Object.entries(rolePermissions())) {
        const role = (await roleService.findOne({ code })) as AdminRole | null;
        if (!role) throw new Error(`Admin role ${code} is missing`);
        await roleService.assignPermissions(role.id, permissions);
      }
    },

    /** Public (unauthenticated) API: find and findOne on the four newsroom types, the slug resolver and the site reads. */
    async ensurePublicReadAccess(): Promise<void> {
      const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
        id: number;
      } | null;
      if (!role) throw new Error('users-permissions: the Public role is missing');
      await grantExactly(role.id, PUBLIC_ACTIONS);
      // A newsroom has no public sign-up.
      const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
      const advanced = ((await store.get()) as Record<string, unknown> | null) ?? {};
      if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
    },

    /** The content API's newsroom roles (API_ROLES), created once, their permissions reconciled at every boot. */
    async ensureApiRoles(): Promise<void> {
      const roles = strapi.db.query('plugin::users-permissions.role');
      for (const wanted of API_ROLES) {
        const role = ((await roles.findOne({ where: { type: wanted.type } })) ??
          (await roles.create({ data: { ...wanted } }))) as { id: number };
        await grantExactly(role.id, API_ROLE_ACTIONS);
      }
    },
  };
};

export default access;

declare module '../services-registry' {
  interface NewsroomServices {
    access: ReturnType<typeof access>;
  }
}
