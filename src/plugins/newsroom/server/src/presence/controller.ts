import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { LeaveResponse, PresenceResponse } from '../../../shared/contracts/concurrency';
import { ARTICLE_UID } from '../../../core/model';
import { cannotOnDocument } from '../content/content-manager-access';
import { getService } from '../get-service';
import { adminActor } from '../http/request-actor';
import { forbidden, MAY_NOT_READ_ARTICLE, notFound } from '../http/refusal';
import { localeCode, parse, type KoaContext } from '../http/requests';

/** HTTP in and out of the presence service: the article locale in the path, the signed-in admin user. */
const articleLocale = z.object({ documentId: z.string().min(1).max(64), locale: localeCode });

const presenceController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'presence');

  /** The article locale and the user; 404 for a locale with no draft, 403 for a user who may not read it. */
  const requireReader = async (ctx: KoaContext) => {
    const { documentId, locale } = parse(articleLocale, ctx.params);
    const actor = adminActor(strapi);
    if (!actor) throw forbidden({ en: 'Sign in to edit articles', ar: 'سجّل الدخول لتحرير المقالات' });
    if (!(await getService(strapi, 'history').hasDraft(documentId, locale)))
      throw notFound({
        en: `No article ${documentId} in ${locale}`,
        ar: `لا يوجد مقال ${documentId} باللغة ${locale}`,
      });
    if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'read', { documentId, locale }))
      throw forbidden(MAY_NOT_READ_ARTICLE);
    return { documentId, locale, userId: actor.id };
  };

  return {
    async heartbeat(ctx: KoaContext) {
      const { documentId, locale, userId } = await requireReader(ctx);
      const body: PresenceResponse = { data: await service().heartbeat(documentId, locale, userId) };
      ctx.body = body;
    },

    async others(ctx: KoaContext) {
      const { documentId, locale, userId } = await requireReader(ctx);
      const body: PresenceResponse = { data: await service().others(documentId, locale, userId) };
      ctx.body = body;
    },

    async leave(ctx: KoaContext) {
      const { documentId, locale, userId } = await requireReader(ctx);
      const body: LeaveResponse = { data: { left: await service().leave(documentId, locale, userId) } };
      ctx.body = body;
    },
  };
};

export default presenceController;
