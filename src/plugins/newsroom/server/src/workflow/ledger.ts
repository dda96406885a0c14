import type { Core } from '@strapi/strapi';
import type { LedgerEntry } from '../domain/workflow';
import { newDocumentId } from '../domain/wire';
import { WORKFLOW_TYPE } from './state-store';
import { LEDGER_UID } from '../../../core/model';

/** The editorial ledger: append-only history of every move, kept when a locale's state is dropped. */

/** An entry the history writes beside the workflow's own: a restore of an old version (history/service.ts). */
export type HistoryLedgerEntry = Omit<LedgerEntry, 'transition'> & { transition: 'restore' };

export interface LedgerFilters {
  documentId?: string;
  locale?: string;
  actorId?: string;
  transition?: string;
  since?: Date;
  until?: Date;
  limit?: number;
}

const columnsOf = (entry: LedgerEntry | HistoryLedgerEntry) => ({
  contentType: WORKFLOW_TYPE,
  targetDocumentId: entry.documentId,
  locale: entry.locale,
  transition: entry.transition,
  fromStage: entry.from,
  toStage: entry.to,
  actorId: entry.actorId,
  at: entry.at,
  reason: entry.reason ?? null,
  assigneeId: entry.assignee ?? null,
  scheduledAt: entry.scheduledAt ?? null,
  version: entry.version,
});

export const createLedger = (strapi: Core.Strapi) => ({
  /** Through strapi.db.query, so it joins whatever transaction the caller has open (the move's). */
  append: (entry: LedgerEntry | HistoryLedgerEntry) => strapi.db.query(LEDGER_UID).create({ data: columnsOf(entry) }),

  /**
   * Many entries in one statement, in the caller's open transaction (the archive import's first publishes);
   * `written` stamps their rows as a Document Service create would.
   */
  appendMany: (entries: readonly LedgerEntry[], written: Date) =>
    strapi.db.query(LEDGER_UID).createMany({
      data: entries.map((entry) => ({
        ...columnsOf(entry),
        documentId: newDocumentId(),
        publishedAt: written,
        createdAt: written,
        updatedAt: written,
      })),
    }),

  /** Newest first, and capped at 500 however many are asked for: a wide filter must not load the whole history. */
  async find(filters: LedgerFilters) {
    const where: Record<string, unknown> = {};
    if (filters.documentId) where.targetDocumentId = filters.documentId;
    if (filters.locale) where.locale = filters.locale;
    if (filters.actorId) where.actorId = filters.actorId;
    if (filters.transition) where.transition = filters.transition;
    if (filters.since || filters.until)
      where.at = {
        ...(filters.since ? { $gte: filters.since } : {}),
        ...(filters.until ? { $lt: filters.until } : {}),
      };
    return strapi.db
      .query(LEDGER_UID)
      .findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: Math.min(filters.limit ?? 100, 500) });
  },
});

export type Ledger = ReturnType<typeof createLedger>;
