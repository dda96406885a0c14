import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';

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

interface PermissionChecker {
  cannot: { read(entity?: unknown): boolean };
}

/**
 * Whether an admin user may read an article locale, decided as the Content Manager decides it for them (their
 * roles' permissions with conditions such as "is creator"): an Author is never told about a story they cannot
 * open. Abilities are built once per user for one batch of notifications.
 */
export const createReadCheck = (strapi: Core.Strapi) => {
  const abilities = new Map<number, Promise<unknown>>();
  const abilityOf = (userId: number) => {
    let ability = abilities.get(userId);
    if (!ability) {
      ability = (async () => {
        const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] });
        const engine = (
          strapi.service('admin::permission') as { engine: { generateUserAbility(user: unknown): Promise<unknown> } }
        ).engine;
        return user ? engine.generateUserAbility(user) : null;
      })();
      abilities.set(userId, ability);
    }
    return ability;
  };

  return async (userId: number, documentId: string, locale: string): Promise<boolean> => {
    const ability = await abilityOf(userId);
    if (!ability) return false;
    const entity = await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId, locale, publishedAt: null }, populate: ['createdBy'] });
    if (!entity) return false;
    const checker = (
      strapi.plugin('content-manager').service('permission-checker') as {
        create(args: { userAbility: unknown; model: string }): PermissionChecker;
      }
    ).create({ userAbility: ability, model: ARTICLE_UID });
    return !checker.cannot.read(entity);
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
