import type { Readable } from 'stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'zlib';
import type { Core } from '@strapi/strapi';
import { JsonDepthScanner, hasPrototypePoisoning, type JsonLimitName } from '../domain/http/json-depth';
import { pluginConfig } from '../plugin-config';
import { readBody } from './read-body';
import { refusal } from './refusal';

/**
 * Parses JSON request bodies in place of koa-body (strapi::body runs with `json: false`), so their nesting is
 * checked on the bytes as they arrive, before JSON.parse: 8 MB of brackets would hold the event loop for
 * seconds in the parser, and a value thousands of levels deep makes Strapi's error formatter overflow the
 * stack (a 500). Over `limits.jsonDepth`: 400 naming the limit; over `limits.jsonContainers` or `jsonValues`
 * (objects and arrays, values: what JSON.parse's time grows with) or the size: 413 naming it, in English and
 * Arabic, before anything is parsed. Otherwise as koa-body did: POST/PUT/PATCH,
 * the JSON media types, gzip/deflate/br bodies inflated, objects and arrays only, `__proto__` refused, the
 * size limit on the decoded bytes. The GraphQL endpoint reads its own body (graphql-draft-guard).
 */
const JSON_TYPES = [
  'application/json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/csp-report',
  'application/reports+json',
];
const PARSED_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const STRICT_START = /^[ \t\n\r]*[[{]/;

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

export const depthMessage = (max: number) => ({
  en: `JSON body nested deeper than ${max} levels (limits.jsonDepth: ${max})`,
  ar: `جسم الطلب (JSON) متداخل لأكثر من ${max} مستوى (limits.jsonDepth: ${max})`,
});

/** A refused body (http/refusal.ts); 400s keep the name `ValidationError` that koa-body's answers had. */
const bodyRefusal = (
  status: 400 | 413 | 415,
  code: string,
  message: { en: string; ar: string },
  details: Record<string, unknown> = {},
) => refusal({ status, code, message, details, ...(status === 400 ? { name: 'ValidationError' } : {}) });

const decoded = (ctx: KoaContext): Readable => {
  const encoding = (ctx.get('content-encoding') || 'identity').toLowerCase();
  if (encoding === 'identity') return ctx.req;
  const inflate = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress }[
    encoding
  ];
  if (!inflate) {
    throw bodyRefusal(415, 'UNSUPPORTED_ENCODING', {
      en: `Unsupported Content-Encoding: ${encoding}`,
      ar: `ترميز المحتوى غير مدعوم (Content-Encoding: ${encoding})`,
    });
  }
  return ctx.req.pipe(inflate());
};

/** The count limits' refusals, in English and Arabic; each names its `limits.*` setting and value. */
const countMessages: Record<
  Exclude<JsonLimitName, 'jsonDepth'> | 'jsonBytes',
  (max: number) => { en: string; ar: string }
> = {
  jsonContainers: (max) => ({
    en: `JSON body has more than ${max} objects and arrays (limits.jsonContainers: ${max})`,
    ar: `جسم الطلب (JSON) فيه أكثر من ${max} كائن ومصفوفة (limits.jsonContainers: ${max})`,
  }),
  jsonValues: (max) => ({
    en: `JSON body has more than ${max} values (limits.jsonValues: ${max})`,
    ar: `جسم الطلب (JSON) فيه أكثر من ${max} قيمة (limits.jsonValues: ${max})`,
  }),
  jsonBytes: (max) => ({
    en: `JSON body larger than ${max} bytes (jsonBytes: ${max})`,
    ar: `جسم الطلب (JSON) أكبر من ${max} بايت (jsonBytes: ${max})`,
  }),
};

const overCount = (limit: keyof typeof countMessages, max: number) => {
  const message = countMessages[limit](max);
  return bodyRefusal(413, 'LIMIT_EXCEEDED', message, { limit, max });
};

interface JsonBodyLimits {
  maxBytes: number;
  maxDepth: number;
  maxContainers: number;
  maxValues: number;
}

/** The body's bytes, refused as soon as they pass the size, the nesting or a count limit. */
const readChecked = async (
  ctx: KoaContext,
  { maxBytes, maxDepth, maxContainers, maxValues }: JsonBodyLimits,
): Promise<Buffer> => {
  const scanner = new JsonDepthScanner(maxDepth, { maxContainers, maxValues });
  let size = 0;
  return readBody(ctx.req, decoded(ctx), (bytes) => {
    size += bytes.length;
    if (size > maxBytes) throw overCount('jsonBytes', maxBytes);
    if (!scanner.feed(bytes)) return;
    if (scanner.passed === 'jsonContainers') throw overCount('jsonContainers', maxContainers);
    if (scanner.passed === 'jsonValues') throw overCount('jsonValues', maxValues);
    const message = depthMessage(maxDepth);
    throw bodyRefusal(400, 'LIMIT_EXCEEDED', message, { limit: 'jsonDepth', max: maxDepth });
  });
};

const parseStrict = (text: string): unknown => {
  if (text === '') return {};
  if (!STRICT_START.test(text)) {
    throw bodyRefusal(400, 'INVALID_JSON', {
      en: 'invalid JSON, only supports object and array',
      ar: 'JSON غير صالح: يُقبل كائن أو مصفوفة فقط',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    throw bodyRefusal(400, 'INVALID_JSON', { en: reason, ar: `JSON غير صالح (${reason})` });
  }
  if (/"(__proto__|constructor)"/.test(text) && hasPrototypePoisoning(value)) {
    throw bodyRefusal(400, 'INVALID_JSON', {
      en: 'Object contains forbidden prototype property',
      ar: 'الكائن يحوي خاصية نموذج أولي ممنوعة (__proto__ أو constructor)',
    });
  }
  return value;
};

export default (config: { maxBytes?: number } | undefined, { strapi }: { strapi: Core.Strapi }) => {
  const maxBytes = config?.maxBytes ?? 1024 * 1024;
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const graphqlEndpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';
    if (!PARSED_METHODS.has(ctx.method) || !ctx.is(JSON_TYPES) || ctx.path === graphqlEndpoint) return next();
    // A refusal thrown here is answered by strapi::errors, which runs before this middleware.
    const limits = pluginConfig(strapi, 'limits');
    const bytes = await readChecked(ctx, {
      maxBytes,
      maxDepth: limits.jsonDepth,
      maxContainers: limits.jsonContainers,
      maxValues: limits.jsonValues,
    });
    (ctx.request as KoaContext['request'] & { body?: unknown }).body = parseStrict(bytes.toString('utf8'));
    return next();
  };
};
