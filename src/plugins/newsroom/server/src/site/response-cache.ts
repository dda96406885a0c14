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

const SITE_READ_PREFIX = '/api/newsroom/site/';

/** The query the cache key is made of: a site read's tracking parameters are ignored (site/requests.ts). */
const cacheKeyQuery = (ctx: KoaContext): Record<string, unknown> => {
  const query = ctx.query as Record<string, unknown>;
  return ctx.path.startsWith(SITE_READ_PREFIX) ? withoutTrackingParameters(query) : query;
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

/** The newsroom's site reads (site/routes.ts). */
const isSiteRead = (state: RouteState): boolean =>
  state.route?.info?.type === 'content-api' &&
  state.route.info.pluginName === 'newsroom' &&
  SITE_READ_ROUTES.has(state.route.handler);

/** Tags of a cacheable response, or null when the route is not cached. */
const tagsOf = (ctx: KoaContext): string[] | null => {
  const state = ctx.state as RouteState;
  const target = routeTarget(state);
  if (target) return responseTags(target.uid, target.isList, ctx.query as Record<string, unknown>, ctx.body);
  if (isSiteRead(state)) return [...new Set([...documentTags(ctx.body), ...cacheDependencies(ctx)])];
  return null;
};

/**
 * Caches public GET responses of the content types' find and findOne routes and of the site reads (Redis or
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
    const key = `${epoch}:${responseCacheKey(ctx.path, cacheKeyQuery(ctx))}`;
    const send = (body: string, etag: string, state: 'HIT' | 'MISS') => {
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
      ctx.type = JSON_TYPE;
      ctx.body = body;
    };

    const hit = await cache.get(key);
    if (hit) return send(hit.body, hit.etag, 'HIT');

    const generation = await cache.generation();
    await next();
    if (keepDraftReadPrivate(ctx)) return;
    const body: unknown = ctx.body;
    if (ctx.status !== 200 || body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return;
    if (typeof (body as { pipe?: unknown }).pipe === 'function') return; // a stream
    const tags = tagsOf(ctx);
    if (!tags) return;
    const serialized = JSON.stringify(ctx.body);
    const etag = etagOf(serialized);
    await cache.put(key, { body: serialized, etag, contentType: JSON_TYPE }, tags, generation);
    send(serialized, etag, 'MISS');
  };

export default responseCacheMiddleware;
