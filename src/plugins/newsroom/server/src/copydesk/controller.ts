import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { HintsResponse } from '../../../shared/contracts/copydesk';
import { getService } from '../get-service';
import { DEFAULT_LOCALE } from '../../../core/model';
import { bodyOf, checkTextSize, localeCode, parse, type KoaContext } from '../http/requests';
import { NO_SUCH_ARTICLE, notFound } from '../http/refusal';
import { requireArticleRead } from '../content/content-manager-access';

const checkRequest = z.object({
  title: z.string().optional(),
  standfirst: z.string().optional(),
  body: z.union([z.string(), z.array(z.unknown())]).optional(),
});

const copydeskController = ({ strapi }: { strapi: Core.Strapi }) => {
  const copydesk = () => getService(strapi, 'copydesk');

  return {
    /** Hints for a stored article's draft, for the edit view's side panel. */
    async forArticle(ctx: KoaContext) {
      const locale = parse(localeCode.default(DEFAULT_LOCALE), ctx.query.locale);
      const documentId = String(ctx.params.documentId);
      // The hints quote the draft's words with their context.
      await requireArticleRead(strapi, ctx, { documentId, locale });
      const result = await copydesk().checkArticle(documentId, locale);
      if (!result) throw notFound(NO_SUCH_ARTICLE);
      const body: HintsResponse = { data: result.hints, meta: { status: result.status, model: result.model } };
      ctx.body = body;
    },

    /** Hints for text not saved yet. The size limit is the tagging one: both read a whole article. */
    async check(ctx: KoaContext) {
      const payload = bodyOf(ctx);
      checkTextSize(strapi, payload);
      const result = await copydesk().check(parse(checkRequest, payload ?? {}));
      const body: HintsResponse = { data: result.hints, meta: { status: result.status, model: result.model } };
      ctx.body = body;
    },
  };
};

export default copydeskController;
