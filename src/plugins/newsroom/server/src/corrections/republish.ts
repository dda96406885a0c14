import type { Core } from '@strapi/strapi';
import {
  DEFAULT_KIND,
  checkChange,
  isChangedRepublish,
  type AcceptedChange,
  type ChangeInput,
} from '../domain/corrections';
import { editorKind, type LedgerEntry, type WorkflowConfig } from '../domain/workflow';
import { readDraftSnapshot, readPublishedSnapshot } from '../history/snapshot-reader';
import type { Actor } from '../http/request-actor';
import { refusal } from '../http/refusal';
import type { CorrectionStore } from './store';

/**
 * How the change of a republish is decided:
 *  - `ask`: the workflow's publish transition (admin and content API), which carries `change`: without a kind it
 *    is refused (400 naming `change.kind`), a correction or clarification by a non-Editor too (403);
 *  - `default`: the paths that cannot ask (the Content Manager's Publish, REST and GraphQL `status=published`,
 *    `strapi.documents().publish()`): recorded as an `update` without a note, so `dateModified` moves and
 *    nothing goes live unrecorded.
 */
export type ChangeMode = { mode: 'ask'; change: ChangeInput | undefined } | { mode: 'default' };

export interface RepublishMove {
  documentId: string;
  locale: string;
  /** The stage before the move. */
  from: string;
  /** The ledger entry the move wrote (its transition, actor, time and version). */
  entry: LedgerEntry;
  actor: Actor | 'system';
}

/**
 * Called in the move's transaction, after its ledger entry and before the publish runs (what is live is still
 * the old version): when the move publishes a live story whose draft differs from it, the change is checked and
 * appended; a refusal throws, and the transaction undoes the move.
 */
export const createRepublishRecorder =
  (strapi: Core.Strapi, deps: { store: CorrectionStore; config: () => WorkflowConfig }) =>
  async (move: RepublishMove, how: ChangeMode): Promise<AcceptedChange | null> => {
    const { documentId, locale, entry } = move;
    if (entry.transition !== 'publish' || move.from !== 'published') return null;
    const live = await readPublishedSnapshot(strapi, documentId, locale);
    const draft = await readDraftSnapshot(strapi, documentId, locale);
    const changed = isChangedRepublish({
      transition: entry.transition,
      stage: move.from,
      liveHash: live?.hash ?? null,
      draftHash: draft?.hash ?? null,
    });
    if (!changed || !draft) return null;
    const editor = move.actor === 'system' || editorKind(move.actor.roles, deps.config()) !== 'author';
    const accepted: AcceptedChange | ReturnType<typeof checkChange> =
      how.mode === 'default'
        ? { ok: true, kind: DEFAULT_KIND, note: null }
        : checkChange(how.change, { locale, editor });
    if (!accepted.ok) {
      throw refusal({
        status: accepted.status,
        code: accepted.code,
        message: accepted.message,
        details: { field: accepted.field, locale, ...(accepted.limit === undefined ? {} : { limit: accepted.limit }) },
      });
    }
    await deps.store.append({
      documentId,
      locale,
      kind: accepted.kind,
      note: accepted.note,
      at: entry.at,
      actorId: entry.actorId,
      hash: draft.hash,
      workflowVersion: entry.version,
    });
    return accepted;
  };

export type RepublishRecorder = ReturnType<typeof createRepublishRecorder>;
