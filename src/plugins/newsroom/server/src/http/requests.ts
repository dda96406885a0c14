import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pluginConfig } from '../plugin-config';

/** What every controller checks the same way: locale codes, 400s that name the field, the text size limit. */
export type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/** "ar", "en", "ar-EG", "zh-Hant". */
export const localeCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/);

/** Answers 400 naming the first bad field (`locales.1: …`, or `body` for the whole input). */
export const badRequest = (ctx: KoaContext, error: z.ZodError) => {
  const issue = error.issues[0];
  return ctx.badRequest(`${issue.path.join('.') || 'body'}: ${issue.message}`);
};

/** The parsed value, or undefined after answering 400 naming the first bad field. */
export const parse = <T>(ctx: KoaContext, schema: z.ZodType<T>, input: unknown): T | undefined => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  badRequest(ctx, result.error);
  return undefined;
};

/**
 * 413 naming the limit when a text sent for analysis (tagging, copy-desk hints) is larger than the configured
 * maximum (`tagging.maxTextBytes`, default 1 MB): both read a whole article at once.
 */
export const refuseTooLargeText = (strapi: Core.Strapi, ctx: KoaContext, payload: unknown): boolean => {
  const limit = pluginConfig(strapi, 'tagging').maxTextBytes;
  const size = Buffer.byteLength(JSON.stringify(payload ?? ''), 'utf8');
  if (size <= limit) return false;
  ctx.status = 413;
  ctx.body = {
    data: null,
    error: {
      status: 413,
      name: 'PayloadTooLargeError',
      message: `The text is ${size} bytes; the limit is ${limit} bytes.`,
      details: { limit },
    },
  };
  return true;
};
