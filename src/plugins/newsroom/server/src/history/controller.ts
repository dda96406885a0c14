import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type {
  DiffResponse,
  HistoryListResponse,
  RestoreRequestBody,
  RestoreResponse,
} from '../../../shared/contracts/history';
import { ARTICLE_UID, DEFAULT_LOCALE } from '../../../core/model';
import { cannotOnDocument } from '../content/content-manager-access';
import { getService } from '../get-service';
import { adminActor } from '../http/request-actor';
import { forbidden, MAY_NOT_READ_ARTICLE, notFound } from '../http/refusal';
import { bodyOf, localeCode, parse, type KoaContext } from '../http/requests';

/** HTTP in and out of the history service: request shapes, the per-document permission, the response bodies. */
const versionNumber = z.coerce.number().int().min(1);
const listQuery = z.object({ locale: localeCode.default(DEFAULT_LOCALE) });
const diffQuery = z.object({ locale: localeCode.default(DEFAULT_LOCALE), from: versionNumber, to: versionNumber });
const restoreBody: z.ZodType<RestoreRequestBody> = z
  .object({ locale: localeCode, number: z.number().int().min(1) })
  .strict();

const historyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'history');

  /** 404 for a locale with no draft, 403 when the Content Manager would refuse this user this article. */
  const requireAccess = async (ctx: KoaContext, documentId: string, locale: string, action: 'read' | 'update') => {
    if (!(await service().hasDraft(documentId, locale))) {
      throw notFound({
        en: `No article ${documentId} in ${locale}`,
        ar: `لا يوجد مقال ${documentId} باللغة ${locale}`,
      });
    }
    if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, action, { documentId, locale })) {
      throw forbidden(
        action === 'read'
          ? MAY_NOT_READ_ARTICLE
          : { en: 'You may not edit this article', ar: 'لا يحق لك تعديل هذا المقال' },
      );
    }
  };

  return {
    async list(ctx: KoaContext) {
      const query = parse(listQuery, ctx.query);
      const documentId = String(ctx.params.documentId);
      await requireAccess(ctx, documentId, query.locale, 'read');
      const body: HistoryListResponse = { data: await service().list(documentId, query.locale) };
      ctx.body = body;
    },

    async diff(ctx: KoaContext) {
      const query = parse(diffQuery, ctx.query);
      const documentId = String(ctx.params.documentId);
      await requireAccess(ctx, documentId, query.locale, 'read');
      const body: DiffResponse = { data: await service().diff(documentId, query.locale, query.from, query.to) };
      ctx.body = body;
    },

    async restore(ctx: KoaContext) {
      const request = parse(restoreBody, bodyOf(ctx) ?? {});
      const documentId = String(ctx.params.documentId);
      await requireAccess(ctx, documentId, request.locale, 'update');
      // The admin routes' auth has signed the user in; without one there is nobody to name as the restorer.
      const actor = adminActor(strapi);
      if (!actor) throw forbidden({ en: 'Sign in to restore a version', ar: 'سجّل الدخول لاستعادة نسخة' });
      const version = await service().restore(documentId, request.locale, request.number, actor);
      const body: RestoreResponse = { data: { version } };
      ctx.body = body;
    },
  };
};

export default historyController;
