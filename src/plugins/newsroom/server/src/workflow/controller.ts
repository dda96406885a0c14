import type { Core } from '@strapi/strapi';
import {
  ASSIGN,
  ASSIGN_LABEL,
  CHANGED_AFTER_APPROVAL,
  CHANGED_AFTER_APPROVAL_LABEL,
  RESTORE_LABEL,
  mayAssign,
  STAGE_LABELS,
  TRANSITION_LABELS,
} from '../domain/workflow';
import { cannotOnDocument, readableArticles, requireArticleRead } from '../content/content-manager-access';
import { republishView } from '../corrections/view';
import { CORRECTION_KIND_LABELS } from '../domain/corrections';
import { getService } from '../get-service';
import { ARTICLE_UID, DEFAULT_LOCALE } from '../../../core/model';
import type { Actor } from '../http/request-actor';
import { assignRequest, ledgerQuery, localeCode, summaryQuery, transitionRequest } from './requests';
import { bodyOf, parse } from '../http/requests';
import { forbidden } from '../http/refusal';
import type {
  AssigneesResponse,
  WorkflowStateResponse,
  WorkflowSummaryResponse,
} from '../../../shared/contracts/workflow';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const MAY_NOT_MOVE = { en: 'You may not move this article', ar: 'لا يحق لك تحريك هذا الخبر' };

const actorOf = (ctx: KoaContext): Actor => {
  const user = ctx.state.user as { id: number | string; roles?: Array<{ code?: string }> };
  return { id: String(user.id), roles: (user.roles ?? []).map((role) => role.code ?? '').filter(Boolean) };
};

const workflowController = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');

  /** Conditions such as "is creator" apply: an Author moves only their own stories. */
  const cannotMove = async (ctx: KoaContext, documentId: string, locales: string[]) => {
    for (const locale of locales) {
      if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'update', { documentId, locale })) return true;
    }
    return false;
  };

  return {
    /** The stage of one locale, what the signed-in user may do next, and the locale's history. */
    async state(ctx: KoaContext) {
      const locale = parse(localeCode.default(DEFAULT_LOCALE), ctx.query.locale);
      const documentId = String(ctx.params.documentId);
      // The locale's ledger holds the reasons editors gave, its corrections the notes to readers.
      await requireArticleRead(strapi, ctx, { documentId, locale });
      const actor = actorOf(ctx);
      const ledger = (await workflow().ledger({ documentId, locale: locale, limit: 100 })) as Array<{
        actorId: string;
        assigneeId: string | null;
      }>;
      const state = await workflow().stateOf(documentId, locale);
      const people = [...ledger.flatMap((entry) => [entry.actorId, entry.assigneeId ?? '']), state.assignee ?? ''];
      const body: WorkflowStateResponse = {
        data: {
          state,
          changedSinceApproval: await getService(strapi, 'workflowViews').changedSinceApproval(state),
          // Someone else's story under "is creator" (an Author): no move to offer; the panel says why (GET /access).
          allowed: (await cannotMove(ctx, documentId, [locale]))
            ? []
            : await workflow().allowed(documentId, locale, actor.roles),
          ledger: ledger as WorkflowStateResponse['data']['ledger'],
          actors: await getService(strapi, 'workflowViews').actorNames(people),
          mayAssign: mayAssign(actor.roles, workflow().config()),
          republish: await republishView(
            strapi,
            { documentId, locale, state, roles: actor.roles },
            { config: workflow().config(), changes: await workflow().corrections(documentId, locale) },
          ),
          timezone: workflow().config().timezone,
          embargoUntil: await workflow().embargo(documentId, locale),
          labels: {
            stages: STAGE_LABELS,
            transitions: {
              ...TRANSITION_LABELS,
              [ASSIGN]: ASSIGN_LABEL,
              [CHANGED_AFTER_APPROVAL]: CHANGED_AFTER_APPROVAL_LABEL,
              restore: RESTORE_LABEL,
            },
            correctionKinds: CORRECTION_KIND_LABELS,
          },
        },
      };
      ctx.body = body;
    },

    async transition(ctx: KoaContext) {
      const { locale, locales, change, ...body } = parse(transitionRequest, bodyOf(ctx));
      const documentId = String(ctx.params.documentId);
      const targets = locales ?? [locale ?? DEFAULT_LOCALE];
      if (await cannotMove(ctx, documentId, targets)) throw forbidden(MAY_NOT_MOVE);
      const moved = await workflow().transition(documentId, targets, body, actorOf(ctx), change);
      ctx.body = { data: moved.map(({ state, entry }) => ({ locale: entry.locale, state, entry })) };
    },

    /** Hands the story to someone without moving it (editors; see domain/workflow/assign.ts). */
    async assign(ctx: KoaContext) {
      const { locale, locales, assignee, expectedVersion } = parse(assignRequest, bodyOf(ctx));
      const documentId = String(ctx.params.documentId);
      const targets = locales ?? [locale ?? DEFAULT_LOCALE];
      if (await cannotMove(ctx, documentId, targets)) throw forbidden(MAY_NOT_MOVE);
      const moved = await workflow().assign(documentId, targets, assignee, actorOf(ctx), expectedVersion);
      ctx.body = { data: moved.map(({ state, entry }) => ({ locale: entry.locale, state, entry })) };
    },

    /** Stage and assignee of a page of articles, for the list view's columns. */
    async summary(ctx: KoaContext) {
      const query = parse(summaryQuery, ctx.query);
      const readable = await readableArticles(strapi, ctx, query.documentIds, query.locale);
      const body: WorkflowSummaryResponse = {
        data: await getService(strapi, 'workflowViews').summary(
          query.documentIds.filter((documentId) => readable.has(documentId)),
          query.locale,
        ),
        labels: STAGE_LABELS,
      };
      ctx.body = body;
    },

    async assignees(ctx: KoaContext) {
      const body: AssigneesResponse = { data: await getService(strapi, 'workflowViews').assignees() };
      ctx.body = body;
    },

    /** The editorial ledger, newest first: e.g. ?actorId=7&transition=approve&since=2026-11-22. */
    async ledger(ctx: KoaContext) {
      // Rows of the ledger: `targetDocumentId` is the article's (`documentId` is the entry's own).
      const entries = (await workflow().ledger(parse(ledgerQuery, ctx.query))) as Array<{
        targetDocumentId: string;
        locale: string;
      }>;
      // Only the entries of stories the user may read: an Author under "is creator" sees their own stories' moves.
      const readable = new Map<string, Set<string>>();
      for (const locale of new Set(entries.map((entry) => entry.locale))) {
        const ids = entries.filter((entry) => entry.locale === locale).map((entry) => entry.targetDocumentId);
        readable.set(locale, await readableArticles(strapi, ctx, ids, locale));
      }
      ctx.body = { data: entries.filter((entry) => readable.get(entry.locale)?.has(entry.targetDocumentId)) };
    },
  };
};

export default workflowController;
