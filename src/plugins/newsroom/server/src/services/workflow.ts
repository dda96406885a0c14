import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import type { Knex } from 'knex';
import {
  ASSIGN,
  allowedTransitions,
  assign as takeAssignment,
  loadWorkflowConfig,
  publishGuard,
  runScheduled,
  transition as takeTransition,
  type AllowedTransition,
  type Effect,
  type LedgerEntry,
  type Stage,
  type TransitionBody,
  type TransitionResult,
  type WorkflowConfig,
  type WorkflowError,
  type WorkflowState,
} from '../domain/workflow';
import { runAsWorkflow } from '../workflow-context';
import { getService } from '../get-service';

export const WORKFLOW_TYPE = 'api::article.article';
const STATE = 'plugin::newsroom.workflow-state';
const LEDGER = 'plugin::newsroom.ledger-entry';
export const STAGE_CHANGE_EVENT = 'newsroom.stage.change';

interface StateRow {
  id: number;
  stage: Stage;
  version: number;
  assigneeId: string | null;
  scheduledAt: string | Date | null;
  unpublishAt: string | Date | null;
}
interface TransactionScope {
  trx: Knex.Transaction;
  onCommit(callback: () => void): void;
}
export interface Actor {
  id: string;
  roles: string[];
}

const iso = (value: string | Date | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : new Date(value).toISOString();

const toState = (row: StateRow | null | undefined): WorkflowState =>
  row
    ? {
        stage: row.stage,
        version: row.version,
        ...(row.assigneeId ? { assignee: row.assigneeId } : {}),
        ...(row.scheduledAt ? { scheduledAt: iso(row.scheduledAt) } : {}),
        ...(row.unpublishAt ? { unpublishAt: iso(row.unpublishAt) } : {}),
      }
    : { stage: 'draft', version: 0 };

/** A refused transition as an HTTP error: the status the core chose, both languages in the details. */
export const refusal = (error: WorkflowError) =>
  Object.assign(createError(error.httpStatus, error.message.en), {
    details: { code: error.code, stage: error.stage, version: error.version, locale: error.locale, transition: error.transition, missing: error.missing, message: error.message },
  });

/**
 * The publishing workflow on the database: the state of each article locale in its own table (locked while a
 * transition runs, and compared on `version`, so of two simultaneous moves one wins and the other gets a 409),
 * the ledger appended in the same transaction, and the effects (publish, unpublish) run there too, so a
 * refused or failed move changes nothing.
 */
const workflow = ({ strapi }: { strapi: Core.Strapi }) => {
  let config: WorkflowConfig | undefined;
  const workflowConfig = (): WorkflowConfig =>
    (config ??= loadWorkflowConfig(strapi.plugin('newsroom').config('workflow'), 'newsroom.workflow'));
  const stateTable = () => strapi.db.metadata.get(STATE).tableName;
  const clock = () => new Date();

  const rowToState = (row: Record<string, unknown>): StateRow => ({
    id: row.id as number,
    stage: row.stage as Stage,
    version: Number(row.version),
    assigneeId: (row.assignee_id as string | null) ?? null,
    scheduledAt: (row.scheduled_at as string | Date | null) ?? null,
    unpublishAt: (row.unpublish_at as string | Date | null) ?? null,
  });

  /** The state row, locked until the transaction ends (PostgreSQL; SQLite serializes writers anyway). */
  const lockState = async (trx: Knex.Transaction, documentId: string, locale: string): Promise<StateRow | null> => {
    const row = (await trx(stateTable())
      .where({ content_type: WORKFLOW_TYPE, target_document_id: documentId, locale })
      .forUpdate()
      .first()) as Record<string, unknown> | undefined;
    return row ? rowToState(row) : null;
  };

  const stateColumns = (next: WorkflowState) => ({
    stage: next.stage,
    version: next.version,
    scheduled_at: next.scheduledAt ? new Date(next.scheduledAt) : null,
    unpublish_at: next.unpublishAt ? new Date(next.unpublishAt) : null,
    updated_at: new Date(),
  });

  /** Stores `next` only if nobody changed the state since it was read (compare-and-set on version). */
  const storeState = async (trx: Knex.Transaction, documentId: string, locale: string, current: StateRow | null, next: WorkflowState) => {
    if (current) {
      const updated = await trx(stateTable())
        .where({ id: current.id, version: current.version })
        .update({ ...stateColumns(next), assignee_id: next.assignee ?? null });
      return updated === 1;
    }
    try {
      // A savepoint, so that losing the race on the unique index does not poison the outer transaction.
      await trx.transaction(async (savepoint) => {
        await savepoint(stateTable()).insert({
          ...stateColumns(next),
          assignee_id: next.assignee ?? null,
          content_type: WORKFLOW_TYPE,
          target_document_id: documentId,
          locale,
          document_id: `wf${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`,
          created_at: new Date(),
        });
      });
      return true;
    } catch {
      return false; // someone created this locale's state first
    }
  };

  /**
   * The stage-change webhook, shaped like Strapi's own entry events ({ event, createdAt, model, uid, entry }),
   * written to the outbox in the transition's transaction and delivered after commit.
   */
  const announce = (ledger: LedgerEntry, scheduled: boolean, onCommit: (callback: () => void) => void) =>
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
            .catch((error: unknown) => strapi.log.error(`[newsroom] webhook delivery: ${error instanceof Error ? error.message : String(error)}`));
        })
      );

  const appendLedger = (entry: LedgerEntry) =>
    strapi.db.query(LEDGER).create({
      data: {
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
      },
    });

  const applyEffects = async (documentId: string, locale: string, effects: readonly Effect[]) => {
    for (const effect of effects) {
      if (effect.type === 'publish') await runAsWorkflow(() => strapi.documents(WORKFLOW_TYPE).publish({ documentId, locale }));
      if (effect.type === 'unpublish') await runAsWorkflow(() => strapi.documents(WORKFLOW_TYPE).unpublish({ documentId, locale }));
      // schedule and cancelSchedule live in the state row itself (scheduledAt, unpublishAt).
    }
  };

  /**
   * Reads (locked), decides, stores (compare-and-set) and appends the ledger entry, inside the caller's
   * transaction; the stage-change webhook fires after commit. The caller carries out the effects.
   */
  const record = async (
    documentId: string,
    locale: string,
    decide: (state: WorkflowState) => TransitionResult
  ): Promise<{ state: WorkflowState; entry: LedgerEntry; effects: readonly Effect[] }> =>
    strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
      const row = await lockState(trx, documentId, locale);
      const result = decide(toState(row));
      if (!result.ok) throw refusal(result.error);
      if (!(await storeState(trx, documentId, locale, row, result.next))) {
        throw Object.assign(createError(409, 'Someone else moved this article first: reload and try again'), {
          details: { code: 'CONFLICT', locale },
        });
      }
      await appendLedger(result.ledger);
      // Sites revalidate on stage changes; an assignment changes nothing they show.
      if (result.ledger.transition !== ASSIGN) await announce(result.ledger, false, onCommit);
      return { state: result.next, entry: result.ledger, effects: result.effects };
    });

  /** `record` and then the effects, in one transaction: a failed publish undoes the move. */
  const move = (documentId: string, locale: string, decide: (state: WorkflowState) => TransitionResult) =>
    strapi.db.transaction(async () => {
      const moved = await record(documentId, locale, decide);
      await applyEffects(documentId, locale, moved.effects);
      return moved;
    });

  /** Each locale moved by `decide`; several locales in one outer transaction, so if one is refused none moves. */
  const moveLocales = async (documentId: string, locales: string[], decide: (locale: string) => (state: WorkflowState) => TransitionResult) => {
    const exists = await strapi.db.query(WORKFLOW_TYPE).count({ where: { documentId, locale: { $in: locales }, publishedAt: null } });
    if (exists !== locales.length) throw createError(404, `No article ${documentId} in ${locales.join(', ')}`);
    const run = async () => {
      const moved = [];
      for (const locale of locales) moved.push(await move(documentId, locale, decide(locale)));
      return moved;
    };
    return locales.length > 1 ? strapi.db.transaction(run) : run();
  };

  /** An assignee is an active admin user: a stale or made-up id is refused, naming the field. */
  const requireAssignable = async (assignee: string) => {
    const found = /^\d+$/.test(assignee) ? await strapi.db.query('admin::user').count({ where: { id: Number(assignee), isActive: true } }) : 0;
    if (found === 0) throw createError(400, `assignee: no active admin user with id ${assignee.slice(0, 64)}`);
  };

  return {
    config: workflowConfig,

    async stateOf(documentId: string, locale: string): Promise<WorkflowState> {
      const row = (await strapi.db.query(STATE).findOne({ where: { contentType: WORKFLOW_TYPE, targetDocumentId: documentId, locale } })) as StateRow | null;
      return toState(row);
    },

    async allowed(documentId: string, locale: string, roles: string[]): Promise<AllowedTransition[]> {
      return allowedTransitions(await this.stateOf(documentId, locale), roles, workflowConfig(), clock);
    },

    /** An admin user's transition of one locale (or of several, all or nothing). */
    async transition(documentId: string, locales: string[], body: TransitionBody, actor: Actor) {
      if (body.assignee) await requireAssignable(body.assignee);
      return moveLocales(documentId, locales, (locale) => (state) =>
        takeTransition(state, { ...body, documentId, locale, roles: actor.roles, userId: actor.id }, workflowConfig(), clock)
      );
    },

    /** Hands one locale (or several, all or nothing) to an admin user, or to nobody (`null`), without moving it. */
    async assign(documentId: string, locales: string[], assignee: string | null, actor: Actor, expectedVersion?: number) {
      if (assignee !== null) await requireAssignable(assignee);
      return moveLocales(documentId, locales, (locale) => (state) =>
        takeAssignment(state, { documentId, locale, roles: actor.roles, userId: actor.id, assignee, expectedVersion }, workflowConfig(), clock)
      );
    },

    /**
     * The guard on every other publish path (Content Manager buttons, REST, GraphQL, code): records the
     * `publish` or `unpublish` transition of `actor` for each locale, or refuses (nothing changes); the caller
     * then lets Strapi's own publish run, inside the same transaction.
     */
    async guardPublishPath<T>(documentId: string, locales: string[], actor: Actor | null, kind: 'publish' | 'unpublish', carryOut: () => Promise<T>): Promise<T> {
      const who = actor ?? { id: 'system:code', roles: [] };
      return strapi.db.transaction(async () => {
        for (const locale of locales) {
          await record(documentId, locale, (state) => {
            if (kind === 'publish') {
              const blocked = publishGuard(state, locale, workflowConfig(), clock);
              if (blocked) return { ok: false, error: blocked };
            }
            return takeTransition(state, { transition: kind, documentId, locale, roles: who.roles, userId: who.id }, workflowConfig(), clock);
          });
        }
        // Strapi's own publish may call publish again internally: that is part of this move, not another one.
        return runAsWorkflow(carryOut);
      });
    },

    /** Runs `work` as the workflow itself (seed, importer, tests' setup): the publish guard lets it through. */
    asSystem: runAsWorkflow,

    /**
     * Publishes as the system, whatever the stage: for the demo seed and archive imports (`--publish`), never
     * reachable from a route. The move is recorded (state `published`, a ledger entry naming `actorId`).
     */
    async publishAsSystem(documentId: string, locales: string[], actorId = 'system:import') {
      return strapi.db.transaction(async () => {
        for (const locale of locales) {
          await record(documentId, locale, (state) => {
            const at = clock().toISOString();
            const next: WorkflowState = { stage: 'published', version: state.version + 1, ...(state.assignee ? { assignee: state.assignee } : {}) };
            return {
              ok: true,
              next,
              effects: [],
              ledger: { documentId, locale, from: state.stage, to: 'published', transition: 'publish', actorId, at, version: next.version },
            };
          });
        }
        // Each locale named, never '*': a locale the caller did not name stays as it is.
        return runAsWorkflow(async () => {
          const published = [];
          for (const locale of locales) published.push(await strapi.documents(WORKFLOW_TYPE).publish({ documentId, locale }));
          return published;
        });
      });
    },

    /**
     * Publishes and unpublishes what is due. Rows are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL, so
     * any number of instances can run this every minute and each job runs once.
     */
    async runDueJobs(now = new Date(), batch = 50): Promise<number> {
      const isPostgres = strapi.db.dialect.client === 'postgres';
      let done = 0;
      for (;;) {
        const ran = await strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
          let query = trx(stateTable())
            .where((builder) =>
              builder
                .where((due) => due.where('stage', 'scheduled').where('scheduled_at', '<=', now))
                .orWhere((due) => due.where('stage', 'published').where('unpublish_at', '<=', now))
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
            const result = runScheduled(state, { documentId, locale, action, at }, workflowConfig(), () => now);
            if (!result.ok) continue;
            const updated = await trx(stateTable()).where({ id: raw.id, version: state.version }).update(stateColumns(result.next));
            if (updated !== 1) continue;
            await appendLedger(result.ledger);
            await applyEffects(documentId, locale, result.effects);
            await announce(result.ledger, true, onCommit);
            handled += 1;
          }
          return { claimed: rows.length, handled };
        });
        done += ran.handled;
        // Fewer rows than a batch: nothing more is due. No progress: what is left is not runnable; stop.
        if (ran.claimed < batch || ran.handled === 0) return done;
      }
    },

    /** Ledger entries, newest first, filtered for questions such as "what did this editor approve last week". */
    async ledger(filters: { documentId?: string; locale?: string; actorId?: string; transition?: string; since?: Date; until?: Date; limit?: number }) {
      const where: Record<string, unknown> = {};
      if (filters.documentId) where.targetDocumentId = filters.documentId;
      if (filters.locale) where.locale = filters.locale;
      if (filters.actorId) where.actorId = filters.actorId;
      if (filters.transition) where.transition = filters.transition;
      if (filters.since || filters.until) where.at = { ...(filters.since ? { $gte: filters.since } : {}), ...(filters.until ? { $lt: filters.until } : {}) };
      return strapi.db.query(LEDGER).findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: Math.min(filters.limit ?? 100, 500) });
    },

    /** Drops the workflow state of deleted locales (the ledger stays: it is history). */
    async forget(documentId: string, locales: string[] | '*') {
      const where = { contentType: WORKFLOW_TYPE, targetDocumentId: documentId, ...(locales === '*' ? {} : { locale: { $in: locales } }) };
      await strapi.db.query(STATE).deleteMany({ where });
    },
  };
};

export default workflow;
