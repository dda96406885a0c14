import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
type Action = 'read' | 'update' | 'publish';

interface PermissionChecker {
  cannot: Record<Action, (entity?: unknown) => boolean>;
}

/** The Content Manager's permission checker for the signed-in user on a content type (conditions included). */
export const permissionChecker = (ctx: KoaContext, strapi: Core.Strapi, uid: typeof ARTICLE_UID): PermissionChecker =>
  (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(args: { userAbility: unknown; model: string }): PermissionChecker;
    }
  ).create({ userAbility: ctx.state.userAbility, model: uid });

/**
 * The Content Manager's own per-document check (it honours conditions such as "is creator"), for plugin
 * routes that act on one document on behalf of an admin user. Route policies only see the content type.
 */
export const cannotOnDocument = async (
  strapi: Core.Strapi,
  ctx: KoaContext,
  uid: typeof ARTICLE_UID,
  action: Action,
  where: { documentId: string; locale: string },
): Promise<boolean> => {
  const checker = permissionChecker(ctx, strapi, uid);
  const entity = await strapi.db
    .query(uid)
    .findOne({ where: { ...where, publishedAt: null }, populate: ['createdBy'] });
  return entity !== null && checker.cannot[action](entity);
};
