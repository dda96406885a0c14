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
import { localeCode, parse, type KoaContext } from '../http/requests';

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
  const refused = async (ctx: KoaContext, documentId: string, locale: string, action: 'read' | 'update') => {
    if (!(await service().hasDraft(documentId, locale))) {
      ctx.notFound(`No article ${documentId} in ${locale}`);
      return true;
    }
    if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, action, { documentId, locale })) {
      ctx.forbidden(action === 'read' ? 'You may not read this article' : 'You may not edit this article');
      return true;
    }
    return false;
  };

  return {
    async list(ctx: KoaContext) {
      const query = parse(ctx, listQuery, ctx.query);
      if (!query) return;
      const documentId = String(ctx.params.documentId);
      if (await refused(ctx, documentId, query.locale, 'read')) return;
      const body: HistoryListResponse = { data: await service().list(documentId, query.locale) };
      ctx.body = body;
    },

    async diff(ctx: KoaContext) {
      const query = parse(ctx, diffQuery, ctx.query);
      if (!query) return;
      const documentId = String(ctx.params.documentId);
      if (await refused(ctx, documentId, query.locale, 'read')) return;
      const body: DiffResponse = { data: await service().diff(documentId, query.locale, query.from, query.to) };
      ctx.body = body;
    },

    async restore(ctx: KoaContext) {
      const request = parse(ctx, restoreBody, (ctx.request as { body?: unknown }).body ?? {});
      if (!request) return;
      const documentId = String(ctx.params.documentId);
      if (await refused(ctx, documentId, request.locale, 'update')) return;
      const actor = adminActor(strapi);
      if (!actor) return ctx.unauthorized('Sign in to restore a version');
      const version = await service().restore(documentId, request.locale, request.number, actor);
      const body: RestoreResponse = { data: { version } };
      ctx.body = body;
    },
  };
};

export default historyController;
