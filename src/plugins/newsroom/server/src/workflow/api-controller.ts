import type { Core } from '@strapi/strapi';
import { apiScopeOf, localesNotOwnedBy } from '../content/content-api-ownership';
import { getService } from '../get-service';
import { contentApiWorkflowRole } from '../http/request-actor';
import { DEFAULT_LOCALE } from '../../../core/model';
import type { Actor } from '../http/request-actor';
import { badRequest, localeCode, transitionRequest } from './requests';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * The workflow through the content API (/api/newsroom/workflow/…), for newsroom tools that sign in as
 * users-permissions users: the same rules as the admin, the user's role mapped by `contentApiRoles`
 * (the workflow-role policy refuses everyone else). Ledger entries name the actor `api:<user id>`.
 */
const actorOf = (strapi: Core.Strapi, ctx: KoaContext): Actor => {
  const user = ctx.state.user as { id: number | string };
  const role = contentApiWorkflowRole(strapi, user);
  return { id: `api:${user.id}`, roles: role ? [role] : [] };
};

const workflowApiController = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');

  /** Like the admin route's creator check: an Author moves only their own stories (content/content-api-ownership.ts). */
  const notYours = async (
    documentId: string,
    locales: string[],
    actor: Actor,
    ctx: KoaContext,
  ): Promise<string | null> => {
    const scope = actor.roles.length > 0 ? await apiScopeOf(strapi, actor.roles[0]) : 'none';
    if (scope === 'all') return null;
    const email = String((ctx.state.user as { email?: unknown }).email ?? '');
    const others = scope === 'none' ? locales : await localesNotOwnedBy(strapi, email, documentId, locales);
    return others.length === 0
      ? null
      : `You may not move this article: it is not yours (${others.join(', ')}) / لا يمكنك تحريك هذا الخبر: ليس من إنشائك`;
  };

  return {
    async state(ctx: KoaContext) {
      const locale = localeCode.default(DEFAULT_LOCALE).safeParse(ctx.query.locale);
      if (!locale.success) return badRequest(ctx, locale.error);
      const documentId = String(ctx.params.documentId);
      const actor = actorOf(strapi, ctx);
      ctx.body = {
        data: {
          state: await workflow().stateOf(documentId, locale.data),
          allowed: await workflow().allowed(documentId, locale.data, actor.roles),
        },
      };
    },

    async transition(ctx: KoaContext) {
      const parsed = transitionRequest.safeParse((ctx.request as { body?: unknown }).body);
      if (!parsed.success) return badRequest(ctx, parsed.error);
      const { locale, locales, ...body } = parsed.data;
      const documentId = String(ctx.params.documentId);
      const targets = locales ?? [locale ?? DEFAULT_LOCALE];
      const actor = actorOf(strapi, ctx);
      const refused = await notYours(documentId, targets, actor, ctx);
      if (refused) return ctx.forbidden(refused);
      const moved = await workflow().transition(documentId, targets, body, actor);
      ctx.body = { data: moved.map(({ state, entry }) => ({ locale: entry.locale, state, entry })) };
    },
  };
};

export default workflowApiController;
