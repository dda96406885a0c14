import type { Core } from '@strapi/strapi';
import {
  ASSIGN,
  allowedTransitions,
  refuse,
  assign as takeAssignment,
  deleteLive,
  embargoHolds,
  loadWorkflowConfig,
  publishGuard,
  transition as takeTransition,
  type AllowedTransition,
  type Effect,
  type LedgerEntry,
  type TransitionBody,
  type TransitionResult,
  type WorkflowConfig,
  type WorkflowError,
  type WorkflowState,
} from '../domain/workflow';
import type { Actor } from '../http/request-actor';
import { notFound, refusal as httpRefusal } from '../http/refusal';
import { readDraftSnapshot } from '../history/snapshot-reader';
import { pluginConfig } from '../plugin-config';
import { getService } from '../get-service';
import { runAsWorkflow } from './context';
import { createDraftChangeRecorder } from './draft-changes';
import { conflict, refusal } from './refusal';
import { createEffects } from './effects';
import { createLedger, type LedgerFilters } from './ledger';
import { createDueJobRunner } from './scheduler';
import { createDeskReader } from './desk';
import { createEmbargoReader, readEmbargo } from './embargo';
import { createCorrectionStore } from '../corrections/store';
import { createRepublishRecorder, type ChangeMode } from '../corrections/republish';
import type { ChangeInput } from '../domain/corrections';
import { WORKFLOW_TYPE, createStateStore, toState, type TransactionScope } from './state-store';

// Re-exported so that the rest of the plugin keeps importing them from the workflow service.
export { WORKFLOW_TYPE } from './state-store';
export { refusal } from './refusal';
export type { DraftChange } from './draft-changes';
export { STAGE_CHANGE_EVENT } from './effects';

/**
 * The publishing workflow on the database: the state of each article locale in its own table (locked while a
 * transition runs, and compared on `version`, so of two simultaneous moves one wins and the other gets a 409),
 * the ledger appended in the same transaction, and the effects (publish, unpublish) run there too, so a
 * refused or failed move changes nothing.
 */
/**
 * A move's decision, given the locked state, the current draft's hash (approval binding; undefined when off) and
 * the draft's embargo (undefined when none or the embargo guard is off), both read in the move's transaction.
 */
type Decide = (
  state: WorkflowState,
  draftHash: string | undefined,
  embargoUntil: string | undefined,
) => TransitionResult;

const workflow = ({ strapi }: { strapi: Core.Strapi }) => {
  // Parsed again only when the configuration object is replaced (an operator's or a test's config.set).
  let config: { raw: unknown; parsed: WorkflowConfig } | undefined;
  const workflowConfig = (): WorkflowConfig => {
    const raw: unknown = strapi.plugin('newsroom').config('workflow');
    if (config === undefined || config.raw !== raw)
      config = { raw, parsed: loadWorkflowConfig(raw, 'newsroom.workflow') };
    return config.parsed;
  };
  const clock = () => new Date();
  const store = createStateStore(strapi);
  const ledgerEntries = createLedger(strapi);
  const effects = createEffects(strapi);
  const binding = () => pluginConfig(strapi, 'approvalBinding');
  /**
   * The current draft's hash for the approval binding, read in the caller's transaction; undefined when binding
   * is off (nothing checked); '' when the locale has no draft (never equal to an approval).
   */
  const draftHashOf = async (documentId: string, locale: string): Promise<string | undefined> =>
    binding() ? ((await readDraftSnapshot(strapi, documentId, locale))?.hash ?? '') : undefined;
  /** The display name of whoever changed a draft after approval, for the refusal (admin users only). */
  const changerName = async (error: WorkflowError): Promise<string | undefined> => {
    const by = error.missing?.kind === 'approval' ? error.missing.changedBy : undefined;
    if (!by) return undefined;
    return (await getService(strapi, 'workflowViews').users([by])).get(by)?.name;
  };
  /** The refusal, with the changer named in its message when the draft changed since approval. */
  const refused = async (error: WorkflowError, state: WorkflowState) => {
    const name = await changerName(error);
    if (!name || error.missing?.kind !== 'approval') return refusal(error);
    const named = refuse.changedSinceApproval(
      { state, transition: error.transition, locale: error.locale, config: workflowConfig() },
      { by: error.missing.changedBy, at: error.missing.changedAt, who: name },
    );
    return refusal(named.error, name);
  };
  const embargoOf = createEmbargoReader(strapi);
  const desk = createDeskReader(strapi, workflowConfig);
  const recordDraftChange = createDraftChangeRecorder(strapi, {
    config: workflowConfig,
    store,
    ledger: ledgerEntries,
    effects,
    clock,
  });
  const corrections = createCorrectionStore(strapi);
  const recordRepublish = createRepublishRecorder(strapi, { store: corrections, config: workflowConfig });
  const runDue = createDueJobRunner(strapi, {
    config: workflowConfig,
    store,
    ledger: ledgerEntries,
    effects,
    binding,
    draftHashOf,
    embargoOf,
  });

  /**
   * Reads (locked), decides, stores (compare-and-set) and appends the ledger entry, inside the caller's
   * transaction; the stage-change webhook fires after commit. The caller carries out the effects. A publish of a
   * live story is also a change to record (corrections/republish.ts), by the actor named in `republish`.
   */
  const record = async (
    documentId: string,
    locale: string,
    decide: Decide,
    republish?: { actor: Actor | 'system'; how: ChangeMode },
  ): Promise<{ state: WorkflowState; entry: LedgerEntry; effects: readonly Effect[] }> =>
    strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
      const row = await store.lock(trx, documentId, locale);
      const state = toState(row);
      // Read after the lock, in this transaction: what is approved or published is this very draft.
      const result = decide(state, await draftHashOf(documentId, locale), await embargoOf(documentId, locale));
      if (!result.ok) throw await refused(result.error, state);
      if (!(await store.store(trx, documentId, locale, row, result.next))) {
        throw conflict(locale);
      }
      await ledgerEntries.append(result.ledger);
      if (republish)
        await recordRepublish(
          { documentId, locale, from: state.stage, entry: result.ledger, actor: republish.actor },
          republish.how,
        );
      // Sites revalidate on stage changes; an assignment changes nothing they show.
      if (result.ledger.transition !== ASSIGN) await effects.announce(result.ledger, false, onCommit);
      // The notifications read the ledger entry once it is committed (and any instance's cron would, later).
      onCommit(() => getService(strapi, 'notifications').kick());
      return { state: result.next, entry: result.ledger, effects: result.effects };
    });

  /** `record` and then the effects, in one transaction: a failed publish undoes the move. */
  const move = (documentId: string, locale: string, decide: Decide, republish?: { actor: Actor; how: ChangeMode }) =>
    strapi.db.transaction(async () => {
      const moved = await record(documentId, locale, decide, republish);
      await effects.apply(documentId, locale, moved.effects);
      return moved;
    });

  /** Each locale moved by `decide`; several locales in one outer transaction, so if one is refused none moves. */
  const moveLocales = async (
    documentId: string,
    locales: string[],
    decide: (locale: string) => Decide,
    republish?: { actor: Actor; how: ChangeMode },
  ) => {
    const exists = await strapi.db
      .query(WORKFLOW_TYPE)
      .count({ where: { documentId, locale: { $in: locales }, publishedAt: null } });
    if (exists !== locales.length) {
      throw notFound({
        en: `No article ${documentId} in ${locales.join(', ')}`,
        ar: `لا يوجد خبر ${documentId} باللغات ${locales.join('، ')}`,
      });
    }
    const run = async () => {
      const moved = [];
      for (const locale of locales) moved.push(await move(documentId, locale, decide(locale), republish));
      return moved;
    };
    return locales.length > 1 ? strapi.db.transaction(run) : run();
  };

  /** An assignee is an active admin user: a stale or made-up id is refused, naming the field. */
  const requireAssignable = async (assignee: string) => {
    const found = /^\d+$/.test(assignee)
      ? await strapi.db.query('admin::user').count({ where: { id: Number(assignee), isActive: true } })
      : 0;
    if (found === 0) {
      throw httpRefusal({
        status: 400,
        code: 'INVALID_REQUEST',
        message: {
          en: `assignee: no active admin user with id ${assignee.slice(0, 64)}`,
          ar: `assignee: لا يوجد مستخدم إداري نشط رقمه ${assignee.slice(0, 64)}`,
        },
      });
    }
  };

  return {
    config: workflowConfig,

    async stateOf(documentId: string, locale: string): Promise<WorkflowState> {
      return toState(await store.find(documentId, locale));
    },

    /** The draft's `embargoUntil` (UTC ISO), or null: shown in the Workflow panel whether or not it is enforced. */
    async embargo(documentId: string, locale: string): Promise<string | null> {
      return (await readEmbargo(strapi, documentId, locale)) ?? null;
    },

    async allowed(documentId: string, locale: string, roles: string[]): Promise<AllowedTransition[]> {
      const state = await this.stateOf(documentId, locale);
      return allowedTransitions(state, roles, workflowConfig(), clock, await draftHashOf(documentId, locale));
    },

    /**
     * An admin user's (or content-API user's) transition of one locale (or of several, all or nothing). `change`
     * says what kind of change the publish of a changed live story is (corrections/republish.ts).
     */
    async transition(documentId: string, locales: string[], body: TransitionBody, actor: Actor, change?: ChangeInput) {
      if (body.assignee) await requireAssignable(body.assignee);
      if (change !== undefined && body.transition !== 'publish') {
        throw httpRefusal({
          status: 400,
          code: 'INVALID_REQUEST',
          message: {
            en: 'change: only the publish of a published story takes a change',
            ar: 'change: لا يُرسل نوع التغيير إلا مع إعادة نشر خبر منشور',
          },
          details: { field: 'change' },
        });
      }
      // The desk follows the story (domain/workflow/desk.ts): request_changes back to the writer, submit to the
      // section's desk, unless the body names someone. Decided per locale: each has its own writer.
      const assignees = new Map<string, string | null | undefined>();
      for (const locale of locales) {
        const decision = await desk.decide(documentId, locale, body.transition, body.assignee);
        assignees.set(locale, decision ? decision.assignee : body.assignee);
      }
      return moveLocales(
        documentId,
        locales,
        (locale) => (state, draftHash, embargoUntil) =>
          takeTransition(
            state,
            {
              ...body,
              assignee: assignees.get(locale),
              documentId,
              locale,
              roles: actor.roles,
              userId: actor.id,
              draftHash,
              embargoUntil,
            },
            workflowConfig(),
            clock,
          ),
        { actor, how: { mode: 'ask', change } },
      );
    },

    /** Hands one locale (or several, all or nothing) to an admin user, or to nobody (`null`), without moving it. */
    async assign(
      documentId: string,
      locales: string[],
      assignee: string | null,
      actor: Actor,
      expectedVersion?: number,
    ) {
      if (assignee !== null) await requireAssignable(assignee);
      return moveLocales(
        documentId,
        locales,
        (locale) => (state) =>
          takeAssignment(
            state,
            { documentId, locale, roles: actor.roles, userId: actor.id, assignee, expectedVersion },
            workflowConfig(),
            clock,
          ),
      );
    },

    /**
     * The guard on every other publish path (Content Manager buttons, REST, GraphQL, code): records the
     * `publish` or `unpublish` transition of `actor` for each locale, or refuses (nothing changes); the caller
     * then lets Strapi's own publish run, inside the same transaction.
     */
    async guardPublishPath<T>(
      documentId: string,
      locales: string[],
      actor: Actor | null,
      kind: 'publish' | 'unpublish',
      carryOut: () => Promise<T>,
    ): Promise<T> {
      const who = actor ?? { id: 'system:code', roles: [] };
      return strapi.db.transaction(async () => {
        for (const locale of locales) {
          await record(
            documentId,
            locale,
            (state, draftHash, embargoUntil) => {
              if (kind === 'publish') {
                const blocked = publishGuard(state, locale, workflowConfig(), clock, embargoUntil);
                if (blocked) return { ok: false, error: blocked };
              }
              return takeTransition(
                state,
                { transition: kind, documentId, locale, roles: who.roles, userId: who.id, draftHash, embargoUntil },
                workflowConfig(),
                clock,
              );
            },
            // These paths cannot ask what kind of change it is: recorded as an update without a note.
            { actor: actor ?? 'system', how: { mode: 'default' } },
          );
        }
        // Strapi's own publish may call publish again internally: that is part of this move, not another one.
        return runAsWorkflow(carryOut);
      });
    },

    /**
     * The guard on deleting article locales (Content Manager delete and bulk delete, REST, GraphQL, code): each
     * locale with a published version is a `delete` move of `actor` (refused unless they may unpublish; code run
     * without a request, 'system', may), recorded in the ledger; then Strapi's delete runs in the same transaction.
     * Locales that were never published are left to the content permissions (an Author deletes their own drafts).
     */
    async guardDelete<T>(
      documentId: string,
      locales: string[],
      actor: Actor | 'system',
      carryOut: () => Promise<T>,
    ): Promise<T> {
      const live = (await strapi.db.query(WORKFLOW_TYPE).findMany({
        select: ['locale'],
        where: { documentId, locale: { $in: locales }, publishedAt: { $notNull: true } },
      })) as Array<{ locale: string }>;
      if (live.length === 0) return carryOut();
      const who = actor === 'system' ? { id: 'system:code', roles: [] } : actor;
      return strapi.db.transaction(async () => {
        for (const locale of new Set(live.map((row) => row.locale))) {
          await record(documentId, locale, (state) =>
            deleteLive(
              state,
              { documentId, locale, roles: who.roles, userId: who.id, bySystem: actor === 'system' },
              workflowConfig(),
              clock,
            ),
          );
        }
        return runAsWorkflow(carryOut);
      });
    },

    /**
     * A saved change to a locale's draft (workflow/approval-binding.ts calls it in the save's transaction, only
     * when the draft's hash changed): sends an Author's edit of an approved story back to review, marks an
     * Editor's as needing a fresh approval, or refuses it under `lockAfterSubmit` (nothing is saved then).
     */
    recordDraftChange,

    /** Whether approval binding is on (newsroom.config.approvalBinding). */
    approvalBinding: binding,

    /** Runs `work` as the workflow itself (seed, importer, tests' setup): the publish guard lets it through. */
    asSystem: runAsWorkflow,

    /**
     * Publishes as the system, whatever the stage: for the demo seed and archive imports (`--publish`), never
     * reachable from a route. The move is recorded (state `published`, a ledger entry naming `actorId`). A locale
     * under an embargo that still holds is not published (the embargo binds the system too): it stays as it is
     * and is named in `held`, for the importer to report.
     */
    async publishAsSystem(
      documentId: string,
      locales: string[],
      actorId = 'system:import',
    ): Promise<{ published: unknown[]; held: Array<{ locale: string; embargoUntil: string }> }> {
      return strapi.db.transaction(async () => {
        const due: string[] = [];
        const held: Array<{ locale: string; embargoUntil: string }> = [];
        for (const locale of locales) {
          const embargoUntil = await embargoOf(documentId, locale);
          if (embargoUntil !== undefined && embargoHolds(embargoUntil, clock())) held.push({ locale, embargoUntil });
          else due.push(locale);
        }
        for (const locale of due) {
          await record(documentId, locale, (state) => {
            const at = clock().toISOString();
            const next: WorkflowState = {
              stage: 'published',
              version: state.version + 1,
              ...(state.assignee ? { assignee: state.assignee } : {}),
            };
            return {
              ok: true,
              next,
              effects: [],
              ledger: {
                documentId,
                locale,
                from: state.stage,
                to: 'published',
                transition: 'publish',
                actorId,
                at,
                version: next.version,
              },
            };
          });
        }
        // Each locale named, never '*': a locale the caller did not name stays as it is.
        const published = await runAsWorkflow(async () => {
          const documents: unknown[] = [];
          for (const locale of due)
            documents.push(await strapi.documents(WORKFLOW_TYPE).publish({ documentId, locale }));
          return documents;
        });
        return { published, held };
      });
    },

    /** Publishes and unpublishes what is due (workflow-scheduler.ts); workflow/scheduler-cron.ts runs it on every instance. */
    async runDueJobs(now = new Date(), batch = 50): Promise<number> {
      return runDue(now, batch);
    },

    /** Every change recorded for a locale's republishes (silent ones too), oldest first. */
    async corrections(documentId: string, locale: string) {
      return corrections.list(documentId, locale);
    },

    /** Ledger entries, newest first, filtered for questions such as "what did this editor approve last week". */
    async ledger(filters: LedgerFilters) {
      return ledgerEntries.find(filters);
    },

    /** Drops the workflow state of deleted locales (the ledger stays: it is history). */
    async forget(documentId: string, locales: string[] | '*') {
      await store.remove(documentId, locales);
    },
  };
};

export default workflow;

declare module '../services-registry' {
  interface NewsroomServices {
    workflow: ReturnType<typeof workflow>;
  }
}
