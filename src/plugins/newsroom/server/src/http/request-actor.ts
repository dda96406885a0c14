import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';

/** Who acts, as the workflow and the history name them: an id (`<admin id>`, `api:<id>`, `token:<id>`) and roles. */
export interface Actor {
  id: string;
  roles: string[];
}

/** The workflow role a content-API caller acts as: only signed-in users whose role the configuration maps. */
export const contentApiWorkflowRole = (strapi: Core.Strapi, user: unknown): string | null => {
  const type = (user as { role?: { type?: unknown } } | undefined)?.role?.type;
  if (typeof type !== 'string') return null;
  const roles = pluginConfig(strapi, 'contentApiRoles');
  return Object.hasOwn(roles, type) ? (roles[type] ?? null) : null;
};

/** The admin user behind the current request, with their role codes; null for code, cron and the public API. */
export const adminActor = (strapi: Core.Strapi): Actor | null => {
  const ctx = strapi.requestContext.get();
  const auth = ctx?.state?.auth as { strategy?: { name?: string } } | undefined;
  const user = ctx?.state?.user as { id?: number | string; roles?: Array<{ code?: string }> } | undefined;
  if (auth?.strategy?.name !== 'admin' || user?.id === undefined) return null;
  return { id: String(user.id), roles: (user.roles ?? []).map((role) => role.code ?? '').filter(Boolean) };
};

/** Strapi 5.54 names its content-API token strategy `content-api-token` (`api-token` before). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Whoever is behind the current request: the admin user; a content-API user with the workflow role their role
 * maps to (`api:<id>`); an API token, with no workflow role (`token:<id>`); `anonymous`; or, with no request at
 * all (the CLI, scripts, cron), the system.
 */
export const requestActor = (strapi: Core.Strapi): Actor | 'system' => {
  const ctx = strapi.requestContext.get();
  if (ctx === undefined) return 'system';
  const admin = adminActor(strapi);
  if (admin) return admin;
  const auth = ctx.state?.auth as { strategy?: { name?: string }; credentials?: { id?: unknown } } | undefined;
  const user = ctx.state?.user as { id?: unknown } | undefined;
  if (auth?.strategy?.name === 'users-permissions' && user?.id !== undefined) {
    const role = contentApiWorkflowRole(strapi, user);
    return { id: `api:${String(user.id)}`, roles: role ? [role] : [] };
  }
  return {
    // Strapi 5.54 names the content API's token strategy `content-api-token` (`api-token` before).
    id: API_TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '')
      ? `token:${String(auth?.credentials?.id ?? '?')}`
      : 'anonymous',
    roles: [],
  };
};
