import { Transform, type Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import {
  documentTags,
  etagOf,
  matchesIfNoneMatch,
  publicCacheControl,
  responseCacheKey,
  responseTags,
  withoutTrackingParameters,
} from '../domain/cache/response';
import { cacheDependencies } from '../cache/dependencies';
import { isDraftRead } from '../http/draft-access';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { SITE_READ_HANDLERS } from './routes';
import { OUTPUT_HANDLERS } from '../outputs/routes';
import { configuredMediaBase } from './media-base';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
interface RouteState {
  route?: { info?: { type?: string; pluginName?: string }; handler?: unknown };
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Public reads only: no credentials (their answers depend on who asks), no previews (signed, never cached). */
const cacheable = (ctx: KoaContext): boolean =>
  (ctx.method === 'GET' || ctx.method === 'HEAD') &&
  ctx.path.startsWith('/api/') &&
  !ctx.path.startsWith('/api/newsroom/preview') &&
  !ctx.get('authorization');

/** The site reads' and the sitemaps' and feeds' paths (site/routes.ts, outputs/routes.ts). */
const NEWSROOM_READ_PREFIXES = ['/api/newsroom/site/', '/api/newsroom/sitemaps/', '/api/newsroom/feeds/'];

/** The query the cache key is made of: a site read's tracking parameters are ignored (site/requests.ts). */
const cacheKeyQuery = (ctx: KoaContext): Record<string, unknown> => {
  const query = ctx.query as Record<string, unknown>;
  return NEWSROOM_READ_PREFIXES.some((prefix) => ctx.path.startsWith(prefix))
    ? withoutTrackingParameters(query)
    : query;
};

/** A draft read (draft mode) is private to its caller: never stored, and no CDN or browser keeps it. */
const keepDraftReadPrivate = (ctx: KoaContext): boolean => {
  if (!isDraftRead(ctx)) return false;
  ctx.set('Cache-Control', 'private, no-store');
  ctx.remove('ETag');
  return true;
};

/** `api::article.article.find` → the type and whether the route is a list. */
const routeTarget = (state: RouteState): { uid: string; isList: boolean } | null => {
  const handler = state.route?.handler;
  if (state.route?.info?.type !== 'content-api' || typeof handler !== 'string') return null;
  const match = /^(api::[\w-]+\.[\w-]+)\.(find|findOne)$/.exec(handler);
  return match ? { uid: match[1], isList: match[2] === 'find' } : null;
};

const SITE_READ_ROUTES = new Set<unknown>(SITE_READ_HANDLERS);
const OUTPUT_ROUTES = new Set<unknown>(OUTPUT_HANDLERS);

const isNewsroomRoute = (state: RouteState, handlers: Set<unknown>): boolean =>
  state.route?.info?.type === 'content-api' &&
  state.route.info.pluginName === 'newsroom' &&
  handlers.has(state.route.handler);
/** The newsroom's site reads (site/routes.ts). */
const isSiteRead = (state: RouteState): boolean => isNewsroomRoute(state, SITE_READ_ROUTES);
/** The sitemaps and feeds (outputs/routes.ts): XML, whose tags their controllers declare. */
const isOutput = (state: RouteState): boolean => isNewsroomRoute(state, OUTPUT_ROUTES);

/**
 * The body as stored and its type: JSON for the content API, the XML as written for the sitemaps and feeds (text,
 * or the UTF-8 bytes the news sitemap is written as: stored as text, sent as they are).
 */
const serialize = (ctx: KoaContext): { body: string; contentType: string } | null => {
  const body: unknown = ctx.body;
  if (typeof body === 'string' || Buffer.isBuffer(body))
    return isOutput(ctx.state as RouteState)
      ? { body: typeof body === 'string' ? body : body.toString('utf8'), contentType: ctx.response.get('Content-Type') }
      : null;
  if (body === null || typeof body !== 'object') return null;
  if (typeof (body as { pipe?: unknown }).pipe === 'function') return null; // a stream
  return { body: JSON.stringify(body), contentType: JSON_TYPE };
};

const isStream = (body: unknown): body is Readable =>
  body !== null && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe === 'function';

/**
 * A streamed output (a sitemap page, outputs/sitemaps.ts) is stored once it has been sent whole, when it stayed
 * within this many bytes: a copy is kept as it passes; past the limit the copy is dropped (memory stays bounded)
 * and the page is streamed from the database at each read. A 50,000-URL page is about 20 MB with its hreflang links.
 */
export const STREAM_CACHE_MAX_BYTES = 8 * 1024 * 1024;

/** The stream passed on unchanged; `store` gets the whole text at its end, unless it grew past `maxBytes`. */
export const copyingStream = (
  source: Readable,
  maxBytes: number,
  store: (body: string) => Promise<void>,
): Transform => {
  let chunks: Buffer[] | null = [];
  let size = 0;
  const copy = new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += bytes.length;
      if (chunks && size <= maxBytes) chunks.push(bytes);
      else chunks = null;
      callback(null, bytes);
    },
    flush(callback) {
      // The response ends once the copy is stored (or failed to be: the store never fails a request).
      if (!chunks) return callback();
      store(Buffer.concat(chunks).toString('utf8')).then(
        () => callback(),
        () => callback(),
      );
    },
  });
  source.on('error', (error) => copy.destroy(error));
  return source.pipe(copy);
};

/** Tags of a cacheable response, or null when the route is not cached. */
const tagsOf = (ctx: KoaContext): string[] | null => {
  const state = ctx.state as RouteState;
  const target = routeTarget(state);
  if (target) return responseTags(target.uid, target.isList, ctx.query as Record<string, unknown>, ctx.body);
  if (isSiteRead(state)) return [...new Set([...documentTags(ctx.body), ...cacheDependencies(ctx)])];
  if (isOutput(state)) return [...new Set(cacheDependencies(ctx))];
  return null;
};

/**
 * Caches public GET responses of the content types' find and findOne routes, of the site reads and of the
 * sitemaps and feeds (Redis or
 * memory), with an ETag (304 on If-None-Match) and CDN-friendly Cache-Control. Enabled in config/middlewares.ts, outside the
 * `direction` middleware so the stored body is the final one. Evictions: cache/eviction.ts.
 */
const responseCacheMiddleware =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    const cache = getService(strapi, 'responseCache');
    if (!cacheable(ctx) || !cache.enabled()) {
      await next();
      keepDraftReadPrivate(ctx);
      return;
    }
    const headers = publicCacheControl(pluginConfig(strapi, 'cache'));
    // The epoch is read once, before anything: a response computed now is stored under the epoch it was
    // computed in, so a later distrust (an eviction that failed meanwhile) leaves it unreachable.
    const epoch = await cache.epoch();
    if (epoch === null) return next();
    // Without a configured media base, covers are made absolute from the request's origin (site/media-base.ts).
    const variant = configuredMediaBase(strapi) === null ? ctx.origin : '';
    const key = `${epoch}:${responseCacheKey(ctx.path, cacheKeyQuery(ctx), variant)}`;
    const send = (body: string | Buffer, etag: string, contentType: string, state: 'HIT' | 'MISS') => {
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', headers);
      ctx.set('X-Cache', state);
      // What changes a cached response for a CDN: the CORS headers echo the caller's Origin (set per request by
      // strapi::cors, never stored), and a compressing proxy in front varies by encoding. Added to, never replacing,
      // the Vary the CORS middleware set.
      ctx.vary('Origin');
      ctx.vary('Accept-Encoding');
      if (matchesIfNoneMatch(ctx.get('if-none-match'), etag)) {
        ctx.status = 304;
        ctx.body = null;
        return;
      }
      ctx.status = 200;
      ctx.type = contentType;
      ctx.body = body;
    };

    const hit = await cache.get(key);
    if (hit) return send(hit.body, hit.etag, hit.contentType, 'HIT');

    const generation = await cache.generation();
    await next();
    if (keepDraftReadPrivate(ctx)) return;
    if (ctx.status !== 200) return;
    if (isStream(ctx.body) && isOutput(ctx.state as RouteState)) {
      const tags = tagsOf(ctx);
      if (!tags) return;
      const contentType = ctx.response.get('Content-Type');
      ctx.set('Cache-Control', headers);
      ctx.set('X-Cache', 'MISS');
      ctx.vary('Origin');
      ctx.vary('Accept-Encoding');
      ctx.body = copyingStream(ctx.body, STREAM_CACHE_MAX_BYTES, (body) =>
        cache.put(key, { body, etag: etagOf(body), contentType }, tags, generation),
      );
      return;
    }
    const serialized = serialize(ctx);
    if (!serialized) return;
    const tags = tagsOf(ctx);
    if (!tags) return;
    const etag = etagOf(serialized.body);
    const asWritten = ctx.body;
    await cache.put(key, { body: serialized.body, etag, contentType: serialized.contentType }, tags, generation);
    send(Buffer.isBuffer(asWritten) ? asWritten : serialized.body, etag, serialized.contentType, 'MISS');
  };

export default responseCacheMiddleware;
