import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { CommentAction, CommentLogRow, TextAnchor } from '../domain/comments';
import { ARTICLE_COMMENT_UID } from '../../../core/model';

/**
 * The comments table, a log: one row per comment written, edited, deleted, or thread resolved or reopened. Written
 * here only, through strapi.db.query so that it joins the caller's transaction (with its outbox event). Rows are
 * never changed (a database lifecycle refuses updates and deletes: content/internal-types.ts).
 */
export interface NewCommentEntry {
  documentId: string;
  locale: string;
  action: CommentAction;
  commentId?: number;
  threadId?: number;
  parentId?: number;
  text?: string;
  mentions?: number[];
  anchor?: TextAnchor;
  actorId: string;
  at: string;
}

/** One article locale's log read at once: far above any real discussion, and a bound on what a read costs. */
export const MAX_LOG_READ = 5000;

interface StoredRow extends Omit<CommentLogRow, 'at'> {
  at: string | Date;
}

export const createCommentStore = (strapi: Core.Strapi) => ({
  /**
   * Locks the first row of the thread `commentId` belongs to until the transaction ends (FOR UPDATE on
   * PostgreSQL; SQLite has one writer at a time anyway). Every change to a thread takes it before reading the
   * log, so two changes of one thread run one after the other and the second sees the first: two resolves
   * cannot both find the thread open. The row is only locked, never written: the log stays append-only.
   */
  lockThread: async (trx: Knex.Transaction, commentId: number): Promise<void> => {
    const table = strapi.db.metadata.get(ARTICLE_COMMENT_UID).tableName;
    const row = (await trx(table).select('id', 'thread_id').where({ id: commentId }).first()) as
      | { id: number; thread_id: number | null }
      | undefined;
    if (!row) return;
    await trx(table)
      .select('id')
      .where({ id: row.thread_id ?? row.id })
      .forUpdate();
  },

  append: async (entry: NewCommentEntry): Promise<number> => {
    const row = (await strapi.db.query(ARTICLE_COMMENT_UID).create({
      data: {
        targetDocumentId: entry.documentId,
        locale: entry.locale,
        action: entry.action,
        commentId: entry.commentId ?? null,
        threadId: entry.threadId ?? null,
        parentId: entry.parentId ?? null,
        text: entry.text ?? null,
        mentions: entry.mentions ?? null,
        anchor: entry.anchor ?? null,
        actorId: entry.actorId.slice(0, 64),
        at: entry.at,
      },
    })) as { id: number };
    return row.id;
  },

  /** The article locale's log, oldest first. */
  log: async (documentId: string, locale: string): Promise<CommentLogRow[]> => {
    const rows = (await strapi.db.query(ARTICLE_COMMENT_UID).findMany({
      select: ['id', 'action', 'commentId', 'threadId', 'parentId', 'text', 'anchor', 'actorId', 'at'],
      where: { targetDocumentId: documentId, locale },
      orderBy: { id: 'asc' },
      limit: MAX_LOG_READ,
    })) as StoredRow[];
    // PostgreSQL answers Dates, SQLite strings: the domain reads ISO strings.
    return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  },
});

export type CommentStore = ReturnType<typeof createCommentStore>;
