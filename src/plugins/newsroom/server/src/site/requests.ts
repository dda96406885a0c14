import { z } from 'zod';
import { SITE_MAX_PAGE } from '../../../shared/contracts/site';
import { MAX_SEARCH_LENGTH } from '../domain/content/search-key';
import { withoutTrackingParameters } from '../domain/cache/response';
import { localeCode, type KoaContext } from '../http/requests';
import { refusal } from '../http/refusal';

/**
 * Requests of the site reads: path parameters and the few query parameters each route takes. Anything else
 * (`populate`, `fields`, `filters`, `sort`, `pagination`, `status`…) is refused with a 400 naming it: the
 * server fixes what each route reads, so a client can neither widen a query nor split the cache. Tracking
 * parameters are the exception: ignored here and left out of the cache key (site/response-cache.ts).
 */
export const slug = z.string().min(1).max(1000);
const page = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, 'a whole number from 1')
  .transform(Number)
  .pipe(z.number().max(SITE_MAX_PAGE))
  .default(1);

export const bySlug = { shape: { locale: localeCode, slug }, query: [] as string[] };
export const listBySlug = { shape: { locale: localeCode, slug, page }, query: ['page'] };
export const searchRequest = {
  shape: { locale: localeCode, q: z.string().trim().min(1).max(MAX_SEARCH_LENGTH), page },
  query: ['q', 'page'],
};

/** 400 naming the field, in the message and as Strapi's validation errors do (`details.errors[].path`). */
const fieldRefusal = (field: string, message: string) =>
  refusal({
    status: 400,
    code: 'INVALID_REQUEST',
    message: { en: `${field}: ${message}`, ar: `${field}: قيمة غير مقبولة (${message})` },
    details: { errors: [{ path: [field], message }] },
  });

const UNKNOWN_KEY = 'not accepted here (this route reads fixed fields and relations)';

/** What a route reads: its parameters' schemas and the query keys it accepts. Declared once, at module level. */
export interface RequestShape<Shape extends z.ZodRawShape> {
  shape: Shape;
  query: readonly string[];
}

/**
 * Each route's object schema, made once: zod 4 builds and compiles an object parser when it is made, which cost
 * 0.3-0.4 ms a request when it was made per request (in a profile of a one-story feed, whose controller took 0.8 ms).
 */
const objectSchemas = new WeakMap<RequestShape<z.ZodRawShape>, z.ZodObject<z.ZodRawShape>>();
const objectSchemaOf = <Shape extends z.ZodRawShape>(request: RequestShape<Shape>): z.ZodObject<Shape> => {
  let schema = objectSchemas.get(request);
  if (schema === undefined) {
    schema = z.object(request.shape);
    objectSchemas.set(request, schema);
  }
  return schema as z.ZodObject<Shape>;
};

/** The route's parameters; an unknown query key or a bad value is refused with a 400 naming the first one. */
export const readRequest = <Shape extends z.ZodRawShape>(
  ctx: KoaContext,
  request: RequestShape<Shape>,
): z.infer<z.ZodObject<Shape>> => {
  // Tracking and cache-buster parameters (utm_*, fbclid, gclid, _) are ignored; any other is a 400.
  const query = withoutTrackingParameters(ctx.query as Record<string, unknown>);
  const unknown = Object.keys(query).find((key) => !request.query.includes(key));
  if (unknown !== undefined) throw fieldRefusal(unknown, UNKNOWN_KEY);
  const result = objectSchemaOf(request).safeParse({ ...query, ...ctx.params });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw fieldRefusal(issue.path.join('.') || 'query', issue.message);
};
