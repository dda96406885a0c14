import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';
import { canonicalJson, hashOfCanonicalJson, snapshotOf, type ArticleSnapshot } from '../domain/history/snapshot';

export interface DraftSnapshot {
  /** The draft row's id (changes when Strapi rewrites the draft). */
  rowId: number;
  updatedAt: string | null;
  snapshot: ArticleSnapshot;
  /** The snapshot's canonical JSON, kept so that recording it does not serialize it again. */
  json: string;
  hash: string;
}

/**
 * The draft of one article locale as a snapshot, read through the query engine (not the Document Service: no
 * middlewares, no request permissions), with relations in their stored order. Inside a transaction the read
 * joins it (Strapi's query engine uses the transaction in scope). Null when the locale has no draft.
 */
export const readDraftSnapshot = (strapi: Core.Strapi, documentId: string, locale: string) =>
  readSnapshot(strapi, documentId, locale, 'draft');

/** The same of the published row (what is live), for comparing it with the draft; null when nothing is live. */
export const readPublishedSnapshot = (strapi: Core.Strapi, documentId: string, locale: string) =>
  readSnapshot(strapi, documentId, locale, 'published');

const readSnapshot = async (
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  status: 'draft' | 'published',
): Promise<DraftSnapshot | null> => {
  const row = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, locale, publishedAt: status === 'draft' ? null : { $notNull: true } },
    populate: {
      authors: { select: ['documentId'] },
      topics: { select: ['documentId'] },
      sources: { select: ['documentId'] },
      cover: { select: ['id'] },
    },
  })) as (Record<string, unknown> & { id: number; updatedAt?: string | Date | null }) | null;
  if (!row) return null;
  const snapshot = snapshotOf(row);
  const updatedAt = row.updatedAt ? new Date(row.updatedAt).toISOString() : null;
  const json = canonicalJson(snapshot);
  return { rowId: row.id, updatedAt, snapshot, json, hash: hashOfCanonicalJson(json) };
};
