import type { Core } from '@strapi/strapi';
import { localesNotMovableBy } from '../content/content-api-ownership';
import { getService } from '../get-service';
import { contentApiWorkflowRole, type Actor } from '../http/request-actor';
import { DEFAULT_LOCALE } from '../../../core/model';
import { bodyOf, parse } from '../http/requests';
import { forbidden } from '../http/refusal';
import { localeCode, transitionRequest } from './requests';

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

  return {
    async state(ctx: KoaContext) {
      const locale = parse(localeCode.default(DEFAULT_LOCALE), ctx.query.locale);
      const documentId = String(ctx.params.documentId);
      const actor = actorOf(strapi, ctx);
      ctx.body = {
        data: {
          state: await workflow().stateOf(documentId, locale),
          allowed: await workflow().allowed(documentId, locale, actor.roles),
        },
      };
    },

    /** Like the admin route's creator check: an Author moves only their own stories (content/content-api-ownership.ts). */
    async transition(ctx: KoaContext) {
      const { locale, locales, change, ...body } = parse(transitionRequest, bodyOf(ctx));
      const documentId = String(ctx.params.documentId);
      const targets = locales ?? [locale ?? DEFAULT_LOCALE];
      const actor = actorOf(strapi, ctx);
      const email = String((ctx.state.user as { email?: unknown }).email ?? '');
      const others = await localesNotMovableBy(
        strapi,
        { workflowRole: actor.roles[0] ?? null, email },
        documentId,
        targets,
      );
      if (others.length > 0) {
        throw forbidden({
          en: `You may not move this article: it is not yours (${others.join(', ')})`,
          ar: `لا يمكنك تحريك هذا الخبر: ليس من إنشائك (${others.join('، ')})`,
        });
      }
      const moved = await workflow().transition(documentId, targets, body, actor, change);
      ctx.body = { data: moved.map(({ state, entry }) => ({ locale: entry.locale, state, entry })) };
    },
  };
};

export default workflowApiController;
