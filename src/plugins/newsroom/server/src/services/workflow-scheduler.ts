import type { Core } from '@strapi/strapi';
import { runScheduled, type WorkflowConfig } from '../domain/workflow';
import type { Effects } from './workflow-effects';
import type { Ledger } from './workflow-ledger';
import { rowToState, stateColumns, toState, type StateStore, type TransactionScope } from './workflow-state-store';

interface SchedulerDeps {
  /** A getter, not the config itself: the service loads its config lazily, on first use. */
  config: () => WorkflowConfig;
  store: StateStore;
  ledger: Ledger;
  effects: Effects;
}

/** The scheduler's side of the workflow (cron/scheduler.ts calls it every 20 seconds through the service). */
export const createDueJobRunner = (strapi: Core.Strapi, { config, store, ledger, effects }: SchedulerDeps) =>
  /**
   * Publishes and unpublishes what is due. Rows are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL, so
   * any number of instances can run this every minute and each job runs once.
   */
  async function runDueJobs(now = new Date(), batch = 50): Promise<number> {
    const isPostgres = strapi.db.dialect.client === 'postgres';
    let done = 0;
    for (;;) {
      const ran = await strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
        // knex ignores what a where-group callback returns; `void` keeps the builder (a thenable) from being returned.
        let query = trx(store.table())
          .where(
            (builder) =>
              void builder
                .where((due) => void due.where('stage', 'scheduled').where('scheduled_at', '<=', now))
                .orWhere((due) => void due.where('stage', 'published').where('unpublish_at', '<=', now))
          )
          .orderBy('id')
          .limit(batch);
        query = isPostgres ? query.forUpdate().skipLocked() : query;
        const rows = (await query) as Array<Record<string, unknown>>;
        let handled = 0;
        for (const raw of rows) {
          const documentId = raw.target_document_id as string;
          const locale = raw.locale as string;
          const state = toState(rowToState(raw));
          const action = state.scheduledAt && new Date(state.scheduledAt) <= now ? 'publish' : 'unpublish';
          const at = (action === 'publish' ? state.scheduledAt : state.unpublishAt) as string;
          const result = runScheduled(state, { documentId, locale, action, at }, config(), () => now);
          if (!result.ok) continue;
          const updated = await trx(store.table()).where({ id: raw.id, version: state.version }).update(stateColumns(result.next));
          if (updated !== 1) continue;
          await ledger.append(result.ledger);
          await effects.apply(documentId, locale, result.effects);
          await effects.announce(result.ledger, true, onCommit);
          handled += 1;
        }
        return { claimed: rows.length, handled };
      });
      done += ran.handled;
      // Fewer rows than a batch: nothing more is due. No progress: what is left is not runnable; stop.
      if (ran.claimed < batch || ran.handled === 0) return done;
    }
  };
