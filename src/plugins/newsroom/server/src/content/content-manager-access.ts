import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';
import type { EDITABLE_MODELS } from '../../../shared/contracts/edit-access';
import { MAY_NOT_READ_ARTICLE, forbidden } from '../http/refusal';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
type Action = 'read' | 'update' | 'publish';
type NewsroomUid = (typeof EDITABLE_MODELS)[number];

interface PermissionChecker {
  cannot: Record<Action, (entity?: unknown) => boolean>;
  /** Whether the user's rules for the action have conditions (then only a document can answer). */
  requiresEntity: Record<Action, () => boolean>;
}

/** The Content Manager's permission checker for an ability (a user's permissions) on a content type. */
const checkerFor = (strapi: Core.Strapi, userAbility: unknown, uid: NewsroomUid): PermissionChecker =>
  (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(args: { userAbility: unknown; model: string }): PermissionChecker;
    }
  ).create({ userAbility, model: uid });

/** The Content Manager's permission checker for the signed-in user on a content type (conditions included). */
export const permissionChecker = (ctx: KoaContext, strapi: Core.Strapi, uid: NewsroomUid): PermissionChecker =>
  checkerFor(strapi, ctx.state.userAbility, uid);

/**
 * The checker's answer for many documents: decided once when the user's rules for the action carry no condition
 * (an Editor's, or an Author's read), else per document. The planning calendar asks it of up to a thousand
 * entries, where checking each cost CASL's subject building and rule matching a thousand times over.
 */
export const documentDecision = (checker: PermissionChecker, action: Action): ((entity: unknown) => boolean) => {
  if (!checker.requiresEntity[action]()) {
    const allowed = !checker.cannot[action]();
    return () => allowed;
  }
  return (entity) => !checker.cannot[action](entity);
};

/** The stored draft of an article locale, with its creator (what "is creator" conditions read). */
const draftOf = (strapi: Core.Strapi, uid: typeof ARTICLE_UID, where: { documentId: string; locale: string }) =>
  strapi.db.query(uid).findOne({ where: { ...where, publishedAt: null }, populate: ['createdBy'] });

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
  const entity = await draftOf(strapi, uid, where);
  return entity !== null && checker.cannot[action](entity);
};

/**
 * 403 unless the Content Manager would let the signed-in user read this article locale: every plugin route that
 * answers with what an article holds (its text, hints, suggestions, workflow ledger) asks this, as the edit view
 * itself would; the routes' policies only know the user may read some articles.
 */
export const requireArticleRead = async (
  strapi: Core.Strapi,
  ctx: KoaContext,
  where: { documentId: string; locale: string },
): Promise<void> => {
  if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'read', where)) throw forbidden(MAY_NOT_READ_ARTICLE);
};

/** Which of these article documents a checker lets read in one locale (see `readableArticles`). */
const readableWith = async (
  strapi: Core.Strapi,
  checker: PermissionChecker,
  documentIds: readonly string[],
  locale: string,
): Promise<Set<string>> => {
  if (!checker.requiresEntity.read()) return new Set(checker.cannot.read() ? [] : documentIds);
  if (documentIds.length === 0) return new Set();
  const drafts = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId: { $in: [...new Set(documentIds)] }, locale, publishedAt: null },
    populate: ['createdBy'],
  })) as Array<{ documentId: string }>;
  return new Set(drafts.filter((draft) => !checker.cannot.read(draft)).map((draft) => draft.documentId));
};

/**
 * Which of these article documents the signed-in user may read in one locale: decided once when their read rule
 * carries no condition, else on each draft (one statement). For routes that answer about many articles at once.
 */
export const readableArticles = (
  strapi: Core.Strapi,
  ctx: KoaContext,
  documentIds: readonly string[],
  locale: string,
): Promise<Set<string>> => readableWith(strapi, permissionChecker(ctx, strapi, ARTICLE_UID), documentIds, locale);

interface PermissionEngine {
  engine: { generateUserAbility(user: unknown): Promise<unknown> };
}

/**
 * Which of these admin users may read an article locale in the Content Manager (their roles' permissions and
 * conditions, as if each had opened it): whom a comment may mention. Inactive or blocked users and unknown ids are
 * left out.
 */
export const usersWhoMayRead = async (
  strapi: Core.Strapi,
  userIds: readonly number[],
  where: { documentId: string; locale: string },
): Promise<Set<number>> => {
  if (userIds.length === 0) return new Set();
  const entity = await draftOf(strapi, ARTICLE_UID, where);
  if (entity === null) return new Set();
  const users = (await strapi.db.query('admin::user').findMany({
    // Active and not blocked (a blocked user cannot sign in; `blocked` may be null on older rows).
    where: { id: { $in: [...userIds] }, isActive: true, $or: [{ blocked: false }, { blocked: null }] },
    populate: ['roles'],
  })) as Array<{ id: number }>;
  const engine = (strapi.service('admin::permission') as PermissionEngine).engine;
  const readers = new Set<number>();
  for (const user of users) {
    const checker = checkerFor(strapi, await engine.generateUserAbility(user), ARTICLE_UID);
    if (!checker.cannot.read(entity)) readers.add(user.id);
  }
  return readers;
};

/**
 * The Content Manager's checker on articles for an admin user outside a request (their roles' permissions as they
 * are now, conditions included); null for an unknown user. For what has no session: notifications, the iCal feed.
 */
export const articleCheckerOfUser = async (strapi: Core.Strapi, userId: number): Promise<PermissionChecker | null> => {
  const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] });
  if (!user) return null;
  const engine = (strapi.service('admin::permission') as PermissionEngine).engine;
  return checkerFor(strapi, await engine.generateUserAbility(user), ARTICLE_UID);
};

/**
 * `readableArticles` for an admin user outside a request (the iCal feed, opened with a token, has no session):
 * their roles' permissions as they are now, so a role that lost read loses the stories.
 */
export const readableArticlesOfUser = async (
  strapi: Core.Strapi,
  userId: number,
  documentIds: readonly string[],
  locale: string,
): Promise<Set<string>> => {
  const checker = await articleCheckerOfUser(strapi, userId);
  return checker ? readableWith(strapi, checker, documentIds, locale) : new Set();
};
