import type { Core } from '@strapi/strapi';
import { holdForEmbargo, runScheduled, type WorkflowConfig } from '../domain/workflow';
import type { Effects } from './effects';
import type { Ledger } from './ledger';
import { toState, type StateStore, type TransactionScope } from './state-store';
import { runWithVersionContext } from '../history/context';
import { SCHEDULER_ACTOR_ID } from '../../../core/workflow/stages';

interface SchedulerDeps {
  /** A getter, not the config itself: the service loads its config lazily, on first use. */
  config: () => WorkflowConfig;
  store: StateStore;
  ledger: Ledger;
  effects: Effects;
  /** Whether approval binding is on, and the current draft's hash (undefined when it is off). */
  binding: () => boolean;
  draftHashOf: (documentId: string, locale: string) => Promise<string | undefined>;
  /** The draft's embargo (undefined when none, or the embargo guard is off). */
  embargoOf: (documentId: string, locale: string) => Promise<string | undefined>;
}

/** The scheduler's side of the workflow (workflow/scheduler-cron.ts calls it every 20 seconds through the service). */
export const createDueJobRunner = (
  strapi: Core.Strapi,
  { config, store, ledger, effects, binding, draftHashOf, embargoOf }: SchedulerDeps,
) =>
  /**
   * Publishes and unpublishes what is due. Rows are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL, so
   * any number of instances can run this every minute and each job runs once.
   */
  async function runDueJobs(now = new Date(), batch = 50): Promise<number> {
    // Versions recorded by the scheduler's publishes (a draft's first, for an article saved before versions
    // existed) name the scheduler as their path and actor.
    return runWithVersionContext({ path: 'scheduler', actorId: SCHEDULER_ACTOR_ID }, async () => {
      let done = 0;
      for (;;) {
        const ran = await strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
          const due = await store.claimDue(trx, now, batch, binding());
          let handled = 0;
          for (const { documentId, locale, row } of due) {
            const state = toState(row);
            const action = state.scheduledAt && new Date(state.scheduledAt) <= now ? 'publish' : 'unpublish';
            const at = (action === 'publish' ? state.scheduledAt : state.unpublishAt) as string;
            const draftHash = action === 'publish' ? await draftHashOf(documentId, locale) : undefined;
            const embargoUntil = action === 'publish' ? await embargoOf(documentId, locale) : undefined;
            const job = { documentId, locale, action, at, draftHash, embargoUntil } as const;
            const ran = runScheduled(state, job, config(), () => now);
            // An embargo that moved later than the schedule: held (back to approved, recorded), never published.
            const result =
              !ran.ok && ran.error.code === 'EMBARGOED' ? holdForEmbargo(state, job, ran.error, () => now) : ran;
            if (result !== ran)
              strapi.log.warn(
                `newsroom scheduler: held ${documentId} (${locale}): ${ran.ok ? '' : ran.error.message.en}`,
              );
            if (!result.ok && result.error.code === 'CHANGED_SINCE_APPROVAL' && !state.draftChangedAt) {
              // Changed behind the approval binding's back (or approved before it existed): held from now on, like
              // an edit after approval, so the claim skips it until an editor approves the draft.
              await store.store(trx, documentId, locale, row, {
                ...state,
                draftChangedBy: 'unknown',
                draftChangedAt: now.toISOString(),
              });
              // Said once (the hold keeps the claim from coming back): the notifications tell whoever scheduled it.
              await effects.announceFailure({ documentId, locale, at: now.toISOString(), code: result.error.code });
            }
            if (!result.ok) continue;
            if (!(await store.store(trx, documentId, locale, row, result.next))) continue;
            await ledger.append(result.ledger);
            await effects.apply(documentId, locale, result.effects);
            await effects.announce(result.ledger, true, onCommit);
            handled += 1;
          }
          return { claimed: due.length, handled };
        });
        done += ran.handled;
        // Fewer rows than a batch: nothing more is due. No progress: what is left is not runnable; stop.
        if (ran.claimed < batch || ran.handled === 0) return done;
      }
    });
  };
