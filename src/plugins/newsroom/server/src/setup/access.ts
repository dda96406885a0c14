import type { Core } from '@strapi/strapi';
import { SITE_READ_HANDLERS } from '../site/routes';
import { OUTPUT_HANDLERS } from '../outputs/routes';
import { planGrants, type Grant } from '../domain/access/grants';
import { LOCALES_READ_ACTION } from '../http/locales-read';
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
/** The plugin's site reads, sitemaps and feeds (published documents only), for whoever may read. */
const SITE_READ_ACTIONS = [...SITE_READ_HANDLERS, ...OUTPUT_HANDLERS].map((handler) => `plugin::newsroom.${handler}`);
const READ_ACTIONS = [
  ...NEWSROOM_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  'plugin::newsroom.slugResolver.findOne',
  ...SITE_READ_ACTIONS,
  // A site's language switcher; `find` is the i18n list under a read-only token's name (http/locales-read.ts).
  LOCALES_READ_ACTION,
  'plugin::i18n.locales.listLocales',
];
const API_ROLE_ACTIONS = [
  ...READ_ACTIONS,
  'plugin::newsroom.workflowApi.state',
  'plugin::newsroom.workflowApi.transition',
  // Signed-in newsroom tools: who am I, sign out.
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.logout',
];

const PUBLIC_ACTIONS = [
  ...READ_ACTIONS,
  // Newsroom tools sign in (`POST /api/auth/local`) and renew their access token (`POST /api/auth/refresh`);
  // registration stays off (`allow_register: false` below), so only an administrator creates their accounts.
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.refresh',
];

/** Where boot records the grants it has made (domain/access/grants.ts). */
const GRANTS_STORE = { type: 'plugin', name: 'newsroom', key: 'grants-made' } as const;

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
 * Permissions are the admin's: a role is set to exactly these the first time the newsroom sets it up; afterwards
 * boot only adds a permission a new release needs and has never granted (domain/access/grants.ts), and never
 * removes one. What the admin grants that would be dangerous (drafts, writes for Public) the guards refuse.
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

  const grantsMade = async (): Promise<Set<string>> => {
    const stored = (await strapi.store(GRANTS_STORE).get()) as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  };
  const recordGrants = async (made: Set<string>, keys: string[]): Promise<void> => {
    if (keys.length === 0) return;
    for (const key of keys) made.add(key);
    await strapi.store(GRANTS_STORE).set({ value: [...made].sort() });
  };
  /** Has boot ever set up this holder? If not, it is the newsroom's to set exactly (its first setup). */
  const firstSetup = (made: Set<string>, holder: string): boolean =>
    ![...made].some((key) => key.startsWith(`${holder} `));

  /**
   * A users-permissions role: exactly `actions` at its first setup (Strapi's defaults for Public include
   * registration and password reset), afterwards only the actions never granted before are added.
   */
  const grantToApiRole = async (roleType: string, roleId: number, actions: readonly string[]): Promise<void> => {
    const holder = `up:${roleType}`;
    const permissionQuery = strapi.db.query('plugin::users-permissions.permission');
    const existing = (await permissionQuery.findMany({ where: { role: roleId } })) as UsersPermissionsRow[];
    const made = await grantsMade();
    if (firstSetup(made, holder)) {
      const extra = existing.filter((permission) => !actions.includes(permission.action));
      if (extra.length > 0) await permissionQuery.deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    }
    const wanted: Grant[] = actions.map((permission) => ({ holder, permission }));
    const present = new Set(existing.map((permission) => `${holder} ${permission.action}`));
    const plan = planGrants(wanted, made, present);
    for (const grant of plan.create) {
      await permissionQuery.create({ data: { action: grant.permission, role: roleId } });
    }
    await recordGrants(made, plan.record);
  };

  return {
    async ensureEditorialRoles(): Promise<void> {
      const roleService = strapi.service('admin::role');
      await roleService.createRolesIfNoneExist();
      const permissionService = strapi.service('admin::permission') as {
        findMany(params: unknown): Promise<Array<{ action: string; subject?: string | null }>>;
      };
      for (const [code, permissions] of Object.entries(rolePermissions())) {
        const role = (await roleService.findOne({ code })) as AdminRole | null;
        if (!role) throw new Error(`Admin role ${code} is missing`);
        const holder = `admin:${code}`;
        const made = await grantsMade();
        const keyed = permissions.map((draft) => ({
          holder,
          permission: `${draft.action} ${draft.subject ?? ''}`.trim(),
          draft,
        }));
        if (firstSetup(made, holder)) {
          await roleService.assignPermissions(role.id, permissions);
          await recordGrants(made, planGrants(keyed, made, new Set()).record);
          continue;
        }
        const existing = await permissionService.findMany({ where: { role: { id: role.id } } });
        const present = new Set(existing.map((p) => `${holder} ${`${p.action} ${p.subject ?? ''}`.trim()}`));
        const plan = planGrants(keyed, made, present);
        if (plan.create.length > 0)
          await roleService.addPermissions(
            role.id,
            plan.create.map((grant) => grant.draft),
          );
        await recordGrants(made, plan.record);
      }
    },

    /** Public (unauthenticated) API: reading, signing in; no registration. */
    async ensurePublicReadAccess(): Promise<void> {
      const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
        id: number;
      } | null;
      if (!role) throw new Error('users-permissions: the Public role is missing');
      await grantToApiRole('public', role.id, PUBLIC_ACTIONS);
      // A newsroom has no public sign-up.
      const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
      const advanced = ((await store.get()) as Record<string, unknown> | null) ?? {};
      if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
    },

    /** The content API's newsroom roles (API_ROLES), created once, their permissions granted as above. */
    async ensureApiRoles(): Promise<void> {
      const roles = strapi.db.query('plugin::users-permissions.role');
      for (const wanted of API_ROLES) {
        const role = ((await roles.findOne({ where: { type: wanted.type } })) ??
          (await roles.create({ data: { ...wanted } }))) as { id: number };
        await grantToApiRole(wanted.type, role.id, API_ROLE_ACTIONS);
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
