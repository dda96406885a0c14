import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Stage, WorkflowState } from '../domain/workflow';
import { newDocumentId } from '../domain/wire';
import { ARTICLE_UID, WORKFLOW_STATE_UID } from '../../../core/model';

/**
 * The workflow state table: one row per article locale, read and written here only, so the locking and the
 * compare-and-set on `version` that make concurrent moves safe sit in one place (the service, the scheduler
 * and the archive import all go through it), as does the document id its rows get.
 */
export const WORKFLOW_TYPE = ARTICLE_UID;

export interface StateRow {
  id: number;
  stage: Stage;
  version: number;
  assigneeId: string | null;
  scheduledAt: string | Date | null;
  unpublishAt: string | Date | null;
  approvedHash: string | null;
  draftChangedBy: string | null;
  draftChangedAt: string | Date | null;
}
export interface TransactionScope {
  trx: Knex.Transaction;
  onCommit(callback: () => void): void;
}

const iso = (value: string | Date | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : new Date(value).toISOString();

export const toState = (row: StateRow | null | undefined): WorkflowState =>
  row
    ? {
        stage: row.stage,
        version: row.version,
        ...(row.assigneeId ? { assignee: row.assigneeId } : {}),
        ...(row.scheduledAt ? { scheduledAt: iso(row.scheduledAt) } : {}),
        ...(row.unpublishAt ? { unpublishAt: iso(row.unpublishAt) } : {}),
        ...(row.approvedHash ? { approvedHash: row.approvedHash } : {}),
        ...(row.draftChangedBy ? { draftChangedBy: row.draftChangedBy } : {}),
        ...(row.draftChangedAt ? { draftChangedAt: iso(row.draftChangedAt) } : {}),
      }
    : { stage: 'draft', version: 0 };

export const rowToState = (row: Record<string, unknown>): StateRow => ({
  id: row.id as number,
  stage: row.stage as Stage,
  version: Number(row.version),
  assigneeId: (row.assignee_id as string | null) ?? null,
  scheduledAt: (row.scheduled_at as string | Date | null) ?? null,
  unpublishAt: (row.unpublish_at as string | Date | null) ?? null,
  approvedHash: (row.approved_hash as string | null) ?? null,
  draftChangedBy: (row.draft_changed_by as string | null) ?? null,
  draftChangedAt: (row.draft_changed_at as string | Date | null) ?? null,
});

/** The approval binding's columns (domain/workflow/approval-binding.ts). */
const bindingColumns = (state: WorkflowState) => ({
  approved_hash: state.approvedHash ?? null,
  draft_changed_by: state.draftChangedBy ?? null,
  draft_changed_at: state.draftChangedAt ? new Date(state.draftChangedAt) : null,
});

const stateColumns = (next: WorkflowState) => ({
  stage: next.stage,
  version: next.version,
  scheduled_at: next.scheduledAt ? new Date(next.scheduledAt) : null,
  unpublish_at: next.unpublishAt ? new Date(next.unpublishAt) : null,
  ...bindingColumns(next),
  updated_at: new Date(),
});

/** A new state row of one article locale; `at` is its creation time. */
export interface NewState {
  documentId: string;
  locale: string;
  state: WorkflowState;
}
const INSERT_CHUNK = 200;

export const createStateStore = (strapi: Core.Strapi) => {
  const table = () => strapi.db.metadata.get(WORKFLOW_STATE_UID).tableName;
  const newRow = ({ documentId, locale, state }: NewState, at: Date) => ({
    document_id: newDocumentId(),
    content_type: WORKFLOW_TYPE,
    target_document_id: documentId,
    locale,
    stage: state.stage,
    version: state.version,
    assignee_id: state.assignee ?? null,
    scheduled_at: state.scheduledAt ? new Date(state.scheduledAt) : null,
    unpublish_at: state.unpublishAt ? new Date(state.unpublishAt) : null,
    ...bindingColumns(state),
    created_at: at,
    updated_at: at,
  });

  /** The state row, locked until the transaction ends (PostgreSQL; SQLite serializes writers anyway). */
  const lock = async (trx: Knex.Transaction, documentId: string, locale: string): Promise<StateRow | null> => {
    const row = (await trx(table())
      .where({ content_type: WORKFLOW_TYPE, target_document_id: documentId, locale })
      .forUpdate()
      .first()) as Record<string, unknown> | undefined;
    return row ? rowToState(row) : null;
  };

  /** Stores `next` only if nobody changed the state since it was read (compare-and-set on version). */
  const store = async (
    trx: Knex.Transaction,
    documentId: string,
    locale: string,
    current: StateRow | null,
    next: WorkflowState,
  ) => {
    if (current) {
      const updated = await trx(table())
        .where({ id: current.id, version: current.version })
        .update({ ...stateColumns(next), assignee_id: next.assignee ?? null });
      return updated === 1;
    }
    try {
      // A savepoint, so that losing the race on the unique index does not poison the outer transaction.
      await trx.transaction(async (savepoint) => {
        await savepoint(table()).insert(newRow({ documentId, locale, state: next }, new Date()));
      });
      return true;
    } catch {
      return false; // someone created this locale's state first
    }
  };

  /**
   * States of locales that have none yet, written in the caller's transaction a few hundred rows a statement
   * (the archive import: its first publishes). No compare-and-set: the caller has just created the documents.
   */
  const insertMany = async (trx: Knex.Transaction, states: readonly NewState[], at: Date) => {
    const rows = states.map((state) => newRow(state, at));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK)
      await trx(table()).insert(rows.slice(start, start + INSERT_CHUNK));
  };

  /**
   * The rows whose publish or unpublish time has come, locked until the transaction ends; other instances
   * skip them (FOR UPDATE SKIP LOCKED, PostgreSQL). With `skipHeld`, scheduled publications whose draft changed
   * after approval are held: left in their stage with their time, not claimed, until an editor approves again.
   */
  const claimDue = async (
    trx: Knex.Transaction,
    now: Date,
    limit: number,
    skipHeld = false,
  ): Promise<Array<{ documentId: string; locale: string; row: StateRow }>> => {
    let query = trx(table())
      // knex ignores what a where-group callback returns; `void` keeps the builder (a thenable) from being returned.
      .where(
        (builder) =>
          void builder
            .where((due) => {
              void due.where('stage', 'scheduled').where('scheduled_at', '<=', now);
              if (skipHeld) void due.whereNull('draft_changed_at');
            })
            .orWhere((due) => void due.where('stage', 'published').where('unpublish_at', '<=', now)),
      )
      .orderBy('id')
      .limit(limit);
    query = strapi.db.dialect.client === 'postgres' ? query.forUpdate().skipLocked() : query;
    const rows = (await query) as Array<Record<string, unknown>>;
    return rows.map((raw) => ({
      documentId: raw.target_document_id as string,
      locale: raw.locale as string,
      row: rowToState(raw),
    }));
  };

  /** The current row, unlocked: for reads that decide nothing. */
  const find = async (documentId: string, locale: string): Promise<StateRow | null> =>
    (await strapi.db
      .query(WORKFLOW_STATE_UID)
      .findOne({ where: { contentType: WORKFLOW_TYPE, targetDocumentId: documentId, locale } })) as StateRow | null;

  const remove = async (documentId: string, locales: string[] | '*') => {
    const where = {
      contentType: WORKFLOW_TYPE,
      targetDocumentId: documentId,
      ...(locales === '*' ? {} : { locale: { $in: locales } }),
    };
    await strapi.db.query(WORKFLOW_STATE_UID).deleteMany({ where });
  };

  return { lock, store, insertMany, claimDue, find, remove };
};

export type StateStore = ReturnType<typeof createStateStore>;
