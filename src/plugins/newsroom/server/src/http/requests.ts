import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pluginConfig } from '../plugin-config';
import { invalidRequest, refusal } from './refusal';

/** What every controller checks the same way: locale codes, 400s that name the field, the text size limit. */
export type KoaContext = Parameters<Core.MiddlewareHandler>[0];

export { localeCode } from '../../../shared/contracts/locale';

/** The parsed value; a bad input is refused with a 400 naming the first bad field (http/refusal.ts). */
export const parse = <T>(schema: z.ZodType<T>, input: unknown): T => {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidRequest(result.error);
  return result.data;
};

/** The request's JSON body as parsed by the json-body middleware (undefined when there is none). */
export const bodyOf = (ctx: KoaContext): unknown => (ctx.request as { body?: unknown }).body;

/**
 * Refuses with 413 naming the limit when a text sent for analysis (tagging, copy-desk hints) is larger than the
 * configured maximum (`tagging.maxTextBytes`, default 1 MB): both read a whole article at once.
 */
export const checkTextSize = (strapi: Core.Strapi, payload: unknown): void => {
  const limit = pluginConfig(strapi, 'tagging').maxTextBytes;
  const size = Buffer.byteLength(JSON.stringify(payload ?? ''), 'utf8');
  if (size <= limit) return;
  throw refusal({
    status: 413,
    code: 'LIMIT_EXCEEDED',
    message: {
      en: `The text is ${size} bytes; the limit is ${limit} bytes.`,
      ar: `حجم النص ${size} بايت، والحد ${limit} بايت (tagging.maxTextBytes).`,
    },
    details: { limit },
  });
};
