import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { HintsResponse } from '../../../shared/contracts/copydesk';
import { getService } from '../get-service';
import { DEFAULT_LOCALE } from '../../../core/model';
import { localeCode, parse, refuseTooLargeText, type KoaContext } from '../http/requests';

const locale = localeCode;
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
      const localeCode = parse(ctx, locale.default(DEFAULT_LOCALE), ctx.query.locale);
      if (!localeCode) return;
      const result = await copydesk().checkArticle(String(ctx.params.documentId), localeCode);
      if (!result) return ctx.notFound('No such article in that locale');
      const body: HintsResponse = { data: result.hints, meta: { model: result.model } };
      ctx.body = body;
    },

    /** Hints for text not saved yet. The size limit is the tagging one: both read a whole article. */
    async check(ctx: KoaContext) {
      const payload = (ctx.request as { body?: unknown }).body;
      if (refuseTooLargeText(strapi, ctx, payload)) return;
      const input = parse(ctx, checkRequest, payload ?? {});
      if (!input) return;
      const result = await copydesk().check(input);
      const body: HintsResponse = { data: result.hints, meta: { model: result.model } };
      ctx.body = body;
    },
  };
};

export default copydeskController;
