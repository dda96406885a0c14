import type { Readable } from 'stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'zlib';
import type { Core } from '@strapi/strapi';
import { JsonDepthScanner, hasPrototypePoisoning, type JsonLimitName } from '../domain/http/json-depth';
import { pluginConfig } from '../plugin-config';
import { readBody } from './read-body';

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

const httpError = (status: number, message: string, details: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { status, expose: true, details });

const decoded = (ctx: KoaContext): Readable => {
  const encoding = (ctx.get('content-encoding') || 'identity').toLowerCase();
  if (encoding === 'identity') return ctx.req;
  const inflate = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress }[
    encoding
  ];
  if (!inflate) throw httpError(415, `Unsupported Content-Encoding: ${encoding}`);
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
  return httpError(413, message.en, { limit, max, message });
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
    throw httpError(400, message.en, { limit: 'jsonDepth', max: maxDepth, message });
  });
};

const parseStrict = (text: string): unknown => {
  if (text === '') return {};
  if (!STRICT_START.test(text)) throw httpError(400, 'invalid JSON, only supports object and array');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw httpError(400, error instanceof Error ? error.message : 'invalid JSON');
  }
  if (/"(__proto__|constructor)"/.test(text) && hasPrototypePoisoning(value))
    throw httpError(400, 'Object contains forbidden prototype property');
  return value;
};

export default (config: { maxBytes?: number } | undefined, { strapi }: { strapi: Core.Strapi }) => {
  const maxBytes = config?.maxBytes ?? 1024 * 1024;
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const graphqlEndpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';
    if (!PARSED_METHODS.has(ctx.method) || !ctx.is(JSON_TYPES) || ctx.path === graphqlEndpoint) return next();
    try {
      const limits = pluginConfig(strapi, 'limits');
      const bytes = await readChecked(ctx, {
        maxBytes,
        maxDepth: limits.jsonDepth,
        maxContainers: limits.jsonContainers,
        maxValues: limits.jsonValues,
      });
      (ctx.request as KoaContext['request'] & { body?: unknown }).body = parseStrict(bytes.toString('utf8'));
    } catch (error) {
      const { status, details } = error as { status?: number; details?: Record<string, unknown> };
      if (status === undefined) throw error;
      ctx.status = status;
      const name =
        status === 413 ? 'PayloadTooLargeError' : status === 415 ? 'UnsupportedMediaTypeError' : 'ValidationError';
      ctx.body = { data: null, error: { status, name, message: (error as Error).message, details: details ?? {} } };
      return;
    }
    return next();
  };
};
