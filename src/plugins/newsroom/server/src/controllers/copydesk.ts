import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { HintsResponse } from '../../../shared/contracts/copydesk';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { DEFAULT_LOCALE } from '../services/locales';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/);
const checkRequest = z.object({
  title: z.string().optional(),
  standfirst: z.string().optional(),
  body: z.union([z.string(), z.array(z.unknown())]).optional(),
});

/** Answers 400 naming the first bad field, or returns the parsed value. */
const parse = <T>(ctx: KoaContext, schema: z.ZodType<T>, input: unknown): T | undefined => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  ctx.badRequest(`${issue.path.join('.') || 'body'}: ${issue.message}`);
  return undefined;
};

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
      const limit = pluginConfig(strapi, 'tagging').maxTextBytes;
      const size = Buffer.byteLength(JSON.stringify(payload ?? ''), 'utf8');
      if (size > limit) {
        ctx.status = 413;
        ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLargeError', message: `The text is ${size} bytes; the limit is ${limit} bytes.`, details: { limit } } };
        return;
      }
      const input = parse(ctx, checkRequest, payload ?? {});
      if (!input) return;
      const result = await copydesk().check(input);
      const body: HintsResponse = { data: result.hints, meta: { model: result.model } };
      ctx.body = body;
    },
  };
};

export default copydeskController;
