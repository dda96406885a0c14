import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { DocumentCall, DocumentMiddleware } from '../content/document-call';

interface TransactionScope {
  onCommit(callback: () => void): void;
}
type Row = Record<string, unknown>;

/** How long an eviction made while a transaction may be open waits for the store before replacing the epoch. */
const IN_TRANSACTION_EVICT_MS = 250;

/** The documents a document shows or is shown with (its relations to content types), and its slugs. */
const neighbourhood = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
): Promise<{ ids: string[]; slugs: string[] }> => {
  const attributes = strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0]).attributes as Record<
    string,
    { type: string; target?: string }
  >;
  const relations = Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'relation' && attribute.target?.startsWith('api::'))
    .map(([name]) => name);
  const rows = (await strapi.db.query(uid).findMany({
    where: { documentId },
    select: 'slug' in attributes ? ['documentId', 'slug'] : ['documentId'],
    populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
  })) as Row[];
  const ids = new Set<string>();
  const slugs = new Set<string>();
  for (const row of rows) {
    if (typeof row.slug === 'string') slugs.add(row.slug);
    for (const name of relations) {
      const related = row[name];
      for (const item of Array.isArray(related) ? related : related ? [related] : []) {
        const relatedId = (item as Row).documentId;
        if (typeof relatedId === 'string') ids.add(relatedId);
      }
    }
  }
  return { ids: [...ids], slugs: [...slugs] };
};

/** Whether the call can change what the public API answers (drafts are not public). */
const changesPublicContent = (call: DocumentCall): boolean =>
  ['publish', 'unpublish', 'delete'].includes(call.action) ||
  (['create', 'update'].includes(call.action) &&
    (call.contentType.options?.draftAndPublish !== true || call.params.status === 'published'));

/**
 * Evicts the cached public responses a change can alter: those showing the document, the relation lists of
 * the documents it is linked to (an author's page lists the author's articles), the lists of its type and
 * the lookups of its slugs (old and new). Once now, and again after the surrounding transaction commits, so a read that
 * ran between the two cannot keep the old version.
 */
export const cacheEviction =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (!call.uid.startsWith('api::') || !changesPublicContent(call)) return next();
    const cache = getService(strapi, 'responseCache');
    if (!cache.enabled()) return next();
    const given = call.params.documentId;
    const before = given ? await neighbourhood(strapi, call.uid, given) : { ids: [], slugs: [] };
    const result = await next();
    const documentId = given ?? (result as { documentId?: unknown } | null)?.documentId;
    const after =
      typeof documentId === 'string' ? await neighbourhood(strapi, call.uid, documentId) : { ids: [], slugs: [] };
    const change = {
      documentIds: typeof documentId === 'string' ? [documentId] : [],
      slugs: [...new Set([...before.slugs, ...after.slugs])],
      relatedIds: [...new Set([...before.ids, ...after.ids])],
    };
    // The first eviction may run inside the caller's transaction (a workflow transition holds one): it waits for the
    // store briefly; the one after commit, which holds nothing, as long as evictions may take.
    await cache.evictDocuments(call.uid, change, IN_TRANSACTION_EVICT_MS);
    await strapi.db.transaction(async ({ onCommit }: TransactionScope) => {
      onCommit(() => {
        cache.evictDocuments(call.uid, change).catch(() => undefined); // the store logs its own failure
      });
    });
    return result;
  };
