import type { Core } from '@strapi/strapi';
import { ROLE_SUPER_ADMIN } from '../domain/workflow';
import { ARTICLE_UID } from '../../../core/model';

const UPDATE = 'plugin::content-manager.explorer.update';
const IS_CREATOR = 'admin::is-creator';

/**
 * Which articles a content-API workflow user may move, mirroring the admin: the admin role a users-permissions
 * role acts as (contentApiRoles) decides. If every article `update` permission of that admin role carries the
 * "is creator" condition (the Author role), the API user moves only their own articles; with an unconditional
 * one (Editor), any; with none, nothing.
 *
 * "Their own": articles are created in the admin, so their creator is an admin user and an API user has no
 * creator link of its own. An API user owns the articles created by the admin user with the same e-mail address
 * (case-insensitive): the newsroom tool is the same person signed in elsewhere. Public sign-up is off
 * (setup/access.ts), so only an administrator can give an API account an e-mail address. The ledger is not
 * used: it would let an API author withdraw what they submitted but never make the first submit.
 */
export type ApiScope = 'all' | 'own' | 'none';

export const apiScopeOf = async (strapi: Core.Strapi, workflowRole: string): Promise<ApiScope> => {
  if (workflowRole === ROLE_SUPER_ADMIN) return 'all';
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { action: UPDATE, subject: ARTICLE_UID, role: { code: workflowRole } },
  })) as Array<{ conditions?: string[] | null }>;
  if (permissions.length === 0) return 'none';
  return permissions.some((permission) => !(permission.conditions ?? []).includes(IS_CREATOR)) ? 'all' : 'own';
};

/** The requested locales of the article that exist and that the API user with `email` does not own (a missing one is the workflow's 404). */
export const localesNotOwnedBy = async (
  strapi: Core.Strapi,
  email: string,
  documentId: string,
  locales: string[],
): Promise<string[]> => {
  const rows = (await strapi.db.query(ARTICLE_UID).findMany({
    select: ['locale'],
    where: { documentId, locale: { $in: locales }, publishedAt: null },
    populate: { createdBy: { select: ['email'] } },
  })) as Array<{ locale: string; createdBy?: { email?: string | null } | null }>;
  const wanted = email.trim().toLowerCase();
  return rows.filter((row) => wanted === '' || row.createdBy?.email?.toLowerCase() !== wanted).map((row) => row.locale);
};

/**
 * The requested locales a content-API workflow user may not move: none with an `all` scope, every one without a
 * workflow role or with a `none` scope, else those not created by the admin user with their e-mail address.
 */
export const localesNotMovableBy = async (
  strapi: Core.Strapi,
  user: { workflowRole: string | null; email: string },
  documentId: string,
  locales: string[],
): Promise<string[]> => {
  const scope = user.workflowRole === null ? 'none' : await apiScopeOf(strapi, user.workflowRole);
  if (scope === 'all') return [];
  return scope === 'none' ? locales : localesNotOwnedBy(strapi, user.email, documentId, locales);
};
