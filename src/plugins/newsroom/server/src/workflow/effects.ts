import type { Core } from '@strapi/strapi';
import type { Effect, LedgerEntry } from '../domain/workflow';
import { runAsWorkflow } from './context';
import { getService } from '../get-service';
import { WORKFLOW_TYPE } from './state-store';

/**
 * What a move does beyond its state row and ledger entry, shared by editors' moves and the scheduler: the
 * domain's effects (publish, unpublish) and the stage-change webhook.
 */
export const STAGE_CHANGE_EVENT = 'newsroom.stage.change';
/** A scheduled publish the scheduler refused (the story changed after approval): it stays unpublished. */
export const SCHEDULE_FAILED_EVENT = 'newsroom.schedule.fail';

export const createEffects = (strapi: Core.Strapi) => ({
  /**
   * The stage-change webhook, shaped like Strapi's own entry events ({ event, createdAt, model, uid, entry }),
   * written to the outbox in the transition's transaction and delivered after commit.
   */
  announce: (ledger: LedgerEntry, scheduled: boolean, onCommit: (callback: () => void) => void) =>
    getService(strapi, 'outbox')
      .add(STAGE_CHANGE_EVENT, {
        model: 'article',
        uid: WORKFLOW_TYPE,
        entry: {
          documentId: ledger.documentId,
          locale: ledger.locale,
          from: ledger.from,
          to: ledger.to,
          transition: ledger.transition,
          actorId: ledger.actorId,
          at: ledger.at,
          scheduled,
        },
      })
      .then(() =>
        onCommit(() => {
          getService(strapi, 'outbox')
            .deliver()
            .catch((error: unknown) =>
              strapi.log.error(
                `[newsroom] webhook delivery: ${error instanceof Error ? error.message : String(error)}`,
              ),
            );
        }),
      ),

  /** The failed scheduled publish, in the scheduler's transaction (delivered with the next outbox run). */
  announceFailure: (entry: { documentId: string; locale: string; at: string; code: string }) =>
    getService(strapi, 'outbox').add(SCHEDULE_FAILED_EVENT, { model: 'article', uid: WORKFLOW_TYPE, entry }),

  async apply(documentId: string, locale: string, effects: readonly Effect[]) {
    for (const effect of effects) {
      if (effect.type === 'publish')
        await runAsWorkflow(() => strapi.documents(WORKFLOW_TYPE).publish({ documentId, locale }));
      if (effect.type === 'unpublish')
        await runAsWorkflow(() => strapi.documents(WORKFLOW_TYPE).unpublish({ documentId, locale }));
      // schedule and cancelSchedule live in the state row itself (scheduledAt, unpublishAt).
    }
  },
});

export type Effects = ReturnType<typeof createEffects>;
