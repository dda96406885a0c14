import type { Core } from '@strapi/strapi';
import { decideDraftEdit, editorKind, type WorkflowConfig } from '../domain/workflow';
import type { Actor } from '../http/request-actor';
import type { Effects } from './effects';
import type { Ledger } from './ledger';
import { conflict, refusal } from './refusal';
import { toState, type StateStore, type TransactionScope } from './state-store';

/** What a saved draft change does to the approval: see domain/workflow/approval-binding.ts. */
export interface DraftChange {
  documentId: string;
  locale: string;
  /** The editor, or 'system' for code run without a request. */
  actor: Actor | 'system';
  /** The draft's hash after the save. */
  draftHash: string | null;
}

interface DraftChangeDeps {
  config: () => WorkflowConfig;
  store: StateStore;
  ledger: Ledger;
  effects: Effects;
  clock: () => Date;
}

/**
 * A saved change to a locale's draft (workflow/approval-binding.ts calls it in the save's transaction, only when
 * the draft's hash changed): sends an Author's edit of an approved story back to review, marks an Editor's as
 * needing a fresh approval, or refuses it under `lockAfterSubmit` (the save's transaction then saves nothing).
 * The decision is domain/workflow/approval-binding.ts; this stores it like a move (locked, compare-and-set).
 */
export const createDraftChangeRecorder =
  (strapi: Core.Strapi, { config, store, ledger, effects, clock }: DraftChangeDeps) =>
  async (change: DraftChange): Promise<void> => {
    const { documentId, locale, actor } = change;
    await strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
      const row = await store.lock(trx, documentId, locale);
      if (!row) return; // never moved: a draft, nothing approved
      const decision = decideDraftEdit(
        toState(row),
        {
          documentId,
          locale,
          actorId: actor === 'system' ? 'system:code' : actor.id,
          kind: editorKind(actor === 'system' ? null : actor.roles, config()),
          draftHash: change.draftHash,
        },
        { lockAfterSubmit: config().lockAfterSubmit },
        config(),
        clock,
      );
      if (decision.kind === 'none') return;
      if (decision.kind === 'refuse') throw refusal(decision.error);
      if (!(await store.store(trx, documentId, locale, row, decision.next))) throw conflict(locale);
      if (decision.ledger) {
        await ledger.append(decision.ledger);
        await effects.announce(decision.ledger, false, onCommit);
      }
    });
  };
