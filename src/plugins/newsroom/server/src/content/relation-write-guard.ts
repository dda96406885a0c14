import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  changesLinks,
  relationRefusal,
  relationWritesIn,
  type RelationWrite,
  type SchemaAttributes,
  type TargetRef,
} from '../domain/content/relation-writes';
import { pluginConfig } from '../plugin-config';
import { WORKFLOW_TYPE } from '../workflow/service';
import { isWorkflowRun } from '../workflow/context';
import type { DocumentCall, DocumentMiddleware } from './document-call';

type Uid = Parameters<Core.Strapi['contentType']>[0];
interface Checker {
  cannot: { update(entity: unknown): boolean };
}
interface Ability {
  can(action: string, subject: string): boolean;
}
interface Caller {
  /** Set for a signed-in admin user (the Content Manager and the plugin's admin routes). */
  ability?: Ability;
}

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

const refuse = (reason: Parameters<typeof relationRefusal>[0], field: string, target: string): never => {
  const message = relationRefusal(reason, field, target);
  // A PolicyError (a ForbiddenError): 403 on REST, FORBIDDEN in GraphQL; Strapi turns any other ForbiddenError
  // thrown behind its auth check into a bare "Forbidden" without the field and target.
  throw new errors.PolicyError(message.en, { code: 'RELATION_WRITE_REFUSED', field, target, message });
};

/**
 * Who is writing: null for code outside any request (seed, CLI, jobs) and for the workflow's own runs, which
 * pass; otherwise the request's caller (admin user, API token, users-permissions user or nobody).
 */
export const callerOf = (strapi: Core.Strapi): Caller | null => {
  if (isWorkflowRun()) return null;
  const ctx = strapi.requestContext.get();
  if (!ctx) return null;
  const auth = ctx.state?.auth as { strategy?: { name?: string } } | undefined;
  return auth?.strategy?.name === 'admin' ? { ability: ctx.state.userAbility as Ability } : {};
};

/**
 * Writing a link is writing both ends. On the owning side (an article's authors, a topic's parent) the write
 * changes the document being saved, which the Content Manager has already checked. On the inverse side (an
 * author's articles, a topic's children) it changes every target's own relation, so:
 *  - the targets must be documents the admin user may update (the Content Manager's checker, conditions such as
 *    "is creator" included), else 403 naming the field and the target;
 *  - an inverse relation to articles is never written from the other side by a request, whoever asks (Editors,
 *    full-access tokens): an article's authors, topics and sources change on the article's draft and go live
 *    only through the workflow's publish. Deleting or cloning a document linked to articles likewise.
 * Code outside requests and the workflow's own runs pass (`runAsWorkflow`).
 */
export const relationWriteGuard =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (!call.uid.startsWith('api::') || !pluginConfig(strapi, 'relationWriteGuard')) return next();
    const caller = callerOf(strapi);
    if (!caller) return next();
    if (WRITE_ACTIONS.has(call.action)) {
      if (call.action === 'clone' && call.params.documentId)
        await refuseWhenLinkedToArticles(strapi, call, 'workflow-only');
      if (call.params.data) await checkWrites(strapi, call, caller);
    } else if (call.action === 'delete' && call.params.documentId && call.uid !== WORKFLOW_TYPE) {
      await refuseWhenLinkedToArticles(strapi, call, 'delete-linked');
      await refuseDeletingPublished(strapi, call, caller);
    }
    return next();
  };

const attributesOf = (strapi: Core.Strapi, uid: string) =>
  strapi.contentType(uid as Uid).attributes as unknown as SchemaAttributes;
const componentsOf = (strapi: Core.Strapi) => (uid: string) =>
  (strapi.components[uid as keyof typeof strapi.components] as { attributes?: unknown } | undefined)?.attributes as
    | SchemaAttributes
    | undefined;
const localeOf = (call: DocumentCall): string | undefined =>
  typeof call.params.locale === 'string' && call.params.locale !== '*' ? call.params.locale : undefined;

/** The inverse relations of a type that point at articles (an author's, topic's or source's `articles`). */
export const articleInverses = (strapi: Core.Strapi, uid: string): string[] =>
  Object.entries(attributesOf(strapi, uid))
    .filter(
      ([, attribute]) => attribute.type === 'relation' && attribute.target === WORKFLOW_TYPE && attribute.mappedBy,
    )
    .map(([name]) => name);

/** The document ids a relation of the document's draft rows holds now. */
const linkedNow = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  attribute: string,
  locale?: string,
): Promise<string[]> => {
  const rows = (await strapi.db.query(uid).findMany({
    select: ['id'],
    where: { documentId, ...(locale ? { locale } : {}) },
    populate: { [attribute]: { select: ['documentId'] } },
  })) as Array<Record<string, unknown>>;
  const ids = rows.flatMap((row) => {
    const value = row[attribute];
    return (Array.isArray(value) ? value : value ? [value] : []).map(
      (item) => (item as { documentId: string }).documentId,
    );
  });
  return [...new Set(ids)];
};

/** Document id and locale of a named target (a row id is looked up). */
const resolveRef = async (strapi: Core.Strapi, target: string, ref: TargetRef): Promise<TargetRef> => {
  if (ref.documentId || ref.id === undefined) return ref;
  const row = (await strapi.db
    .query(target)
    .findOne({ select: ['documentId', 'locale'], where: { id: ref.id } })) as TargetRef | null;
  return row ? { documentId: row.documentId, locale: ref.locale ?? row.locale } : ref;
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

const checkWrites = async (strapi: Core.Strapi, call: DocumentCall, caller: Caller) => {
  const data = call.params.data as Record<string, unknown>;
  const writes = relationWritesIn(data, attributesOf(strapi, call.uid), componentsOf(strapi));
  const isUpdate = call.action === 'update' && Boolean(call.params.documentId);
  for (const write of writes.filter((candidate) => candidate.inverse && changesLinks(candidate, isUpdate))) {
    const named = await Promise.all(write.targets.map((ref) => resolveRef(strapi, write.target, ref)));
    const current =
      write.operation === 'set' && isUpdate && !write.field.includes('.')
        ? await linkedNow(strapi, call.uid, call.params.documentId as string, write.attribute, localeOf(call))
        : [];
    if (
      write.operation === 'set' &&
      isUpdate &&
      sameSet(
        current,
        named.flatMap((ref) => (ref.documentId ? [ref.documentId] : [])),
      )
    )
      continue;
    const touched = [
      ...named,
      ...current.filter((id) => !named.some((ref) => ref.documentId === id)).map((documentId) => ({ documentId })),
    ];
    if (write.target === WORKFLOW_TYPE) refuse('workflow-only', write.field, describe(write, touched[0]));
    if (caller.ability) await requireUpdatable(strapi, caller.ability, write, touched);
  }
};

const describe = (write: RelationWrite, ref: TargetRef | undefined): string =>
  `${write.target} ${ref?.documentId ?? ref?.id ?? ''}${ref?.locale ? ` (${ref.locale})` : ''}`.trim();

/** Every target must pass the Content Manager's update check, on its draft (where "is creator" is read). */
const requireUpdatable = async (
  strapi: Core.Strapi,
  ability: Ability,
  write: RelationWrite,
  targets: readonly TargetRef[],
) => {
  const checker = (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(args: { userAbility: unknown; model: string }): Checker;
    }
  ).create({ userAbility: ability, model: write.target });
  const drafts = strapi.contentType(write.target as Uid).options?.draftAndPublish ? { publishedAt: null } : {};
  for (const ref of targets) {
    if (!ref.documentId) continue; // an unknown row id: Strapi refuses the connect itself
    const entity = await strapi.db.query(write.target).findOne({
      where: { documentId: ref.documentId, ...(ref.locale ? { locale: ref.locale } : {}), ...drafts },
      populate: ['createdBy'],
    });
    if (entity && checker.cannot.update(entity)) refuse('not-updatable', write.field, describe(write, ref));
  }
};

const refuseWhenLinkedToArticles = async (
  strapi: Core.Strapi,
  call: DocumentCall,
  reason: 'workflow-only' | 'delete-linked',
) => {
  const documentId = call.params.documentId as string;
  const locale = call.action === 'delete' ? localeOf(call) : undefined;
  for (const attribute of articleInverses(strapi, call.uid)) {
    const linked = await linkedNow(strapi, call.uid, documentId, attribute, locale);
    if (linked.length > 0) refuse(reason, attribute, `${call.uid} ${documentId}`);
  }
};

/** Deleting a published document takes it off the site: only for those who may unpublish it. */
const refuseDeletingPublished = async (strapi: Core.Strapi, call: DocumentCall, caller: Caller) => {
  if (!caller.ability || caller.ability.can('plugin::content-manager.explorer.publish', call.uid)) return;
  if (!call.contentType.options?.draftAndPublish) return;
  const locale = localeOf(call);
  const published = await strapi.db.query(call.uid).count({
    where: { documentId: call.params.documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
  });
  if (published > 0) refuse('delete-published', 'documentId', `${call.uid} ${call.params.documentId}`);
};
