import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { STAGE_LABELS, TRANSITION_LABELS, transitionBodySchema } from '../domain/workflow';
import { cannotOnDocument } from '../content-manager-access';
import { getService } from '../get-service';
import { DEFAULT_LOCALE } from '../services/locales';
import type { Actor } from '../services/workflow';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/);
/** The core's body, plus which locales: one (`locale`) or several at once (`locales`), all or nothing. */
const transitionRequest = transitionBodySchema.extend({
  locale: localeCode.optional(),
  locales: z.array(localeCode).min(1).max(10).optional(),
});
const ledgerQuery = z.object({
  documentId: z.string().max(64).optional(),
  locale: localeCode.optional(),
  actorId: z.string().max(64).optional(),
  transition: z.string().max(40).optional(),
  since: z.coerce.date().optional(),
  until: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const badRequest = (ctx: KoaContext, error: z.ZodError) => {
  const issue = error.issues[0];
  return ctx.badRequest(`${issue.path.join('.') || 'body'}: ${issue.message}`);
};

const actorOf = (ctx: KoaContext): Actor => {
  const user = ctx.state.user as { id: number | string; roles?: Array<{ code?: string }> };
  return { id: String(user.id), roles: (user.roles ?? []).map((role) => role.code ?? '').filter(Boolean) };
};

const workflowController = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');

  return {
    /** The stage of one locale, what the signed-in user may do next, and the locale's history. */
    async state(ctx: KoaContext) {
      const locale = localeCode.default(DEFAULT_LOCALE).safeParse(ctx.query.locale);
      if (!locale.success) return badRequest(ctx, locale.error);
      const documentId = String(ctx.params.documentId);
      const actor = actorOf(ctx);
      ctx.body = {
        data: {
          state: await workflow().stateOf(documentId, locale.data),
          allowed: await workflow().allowed(documentId, locale.data, actor.roles),
          ledger: await workflow().ledger({ documentId, locale: locale.data, limit: 100 }),
          labels: { stages: STAGE_LABELS, transitions: TRANSITION_LABELS },
        },
      };
    },

    async transition(ctx: KoaContext) {
      const parsed = transitionRequest.safeParse((ctx.request as { body?: unknown }).body);
      if (!parsed.success) return badRequest(ctx, parsed.error);
      const { locale, locales, ...body } = parsed.data;
      const documentId = String(ctx.params.documentId);
      const targets = locales ?? [locale ?? DEFAULT_LOCALE];
      for (const target of targets) {
        // Conditions such as "is creator" apply: an Author moves only their own stories.
        if (await cannotOnDocument(strapi, ctx, 'api::article.article', 'update', { documentId, locale: target })) {
          return ctx.forbidden('You may not move this article');
        }
      }
      const moved = await workflow().transition(documentId, targets, body, actorOf(ctx));
      ctx.body = { data: moved.map(({ state, entry }) => ({ locale: entry.locale, state, entry })) };
    },

    /** The editorial ledger, newest first: e.g. ?actorId=7&transition=approve&since=2026-11-22. */
    async ledger(ctx: KoaContext) {
      const query = ledgerQuery.safeParse(ctx.query);
      if (!query.success) return badRequest(ctx, query.error);
      ctx.body = { data: await workflow().ledger(query.data) };
    },
  };
};

export default workflowController;
