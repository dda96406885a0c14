import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';
import { articleCheckerOfUser } from '../content/content-manager-access';

/** An admin user as the notifications need them: where to write, in which language, and whether active. */
export interface AdminRecipient {
  id: number;
  email: string | null;
  isActive: boolean;
  preferedLanguage: string | null;
  firstname: string | null;
  lastname: string | null;
  username: string | null;
}

/**
 * Whether an admin user may read an article locale, decided as the Content Manager decides it for them (their
 * roles' permissions with conditions such as "is creator"): an Author is never told about a story they cannot
 * open. The checker is built once per user for one batch of notifications.
 */
export const createReadCheck = (strapi: Core.Strapi) => {
  const checkers = new Map<number, ReturnType<typeof articleCheckerOfUser>>();
  return async (userId: number, documentId: string, locale: string): Promise<boolean> => {
    let checker = checkers.get(userId);
    if (!checker) checkers.set(userId, (checker = articleCheckerOfUser(strapi, userId)));
    const resolved = await checker;
    if (!resolved) return false;
    const entity = await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId, locale, publishedAt: null }, populate: ['createdBy'] });
    return entity !== null && !resolved.cannot.read(entity);
  };
};

/** The users named, active or not (the caller decides; `isActive` is false for a blocked user too), by id. */
export const readRecipients = async (strapi: Core.Strapi, ids: readonly number[]) => {
  if (ids.length === 0) return new Map<number, AdminRecipient>();
  const rows = (await strapi.db.query('admin::user').findMany({
    select: ['id', 'email', 'isActive', 'blocked', 'preferedLanguage', 'firstname', 'lastname', 'username'],
    where: { id: { $in: [...new Set(ids)] } },
  })) as Array<AdminRecipient & { blocked: boolean | null }>;
  // A blocked user cannot sign in: they are told nothing, as an inactive one (no e-mail with a headline to them).
  return new Map(rows.map(({ blocked, ...row }) => [row.id, { ...row, isActive: row.isActive && blocked !== true }]));
};

export const displayName = (user: AdminRecipient | undefined): string | null => {
  if (!user) return null;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ').trim();
  return name || user.username || null;
};
