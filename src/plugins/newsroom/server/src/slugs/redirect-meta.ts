import type { Core } from '@strapi/strapi';
import type { SlugRedirectMeta } from '../../../shared/contracts/slugs';
import { getService } from '../get-service';
import { DEFAULT_LOCALE } from '../../../core/model';
import type { SluggedType } from './service';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
interface ListBody {
  data?: unknown[];
  meta?: Record<string, unknown>;
}

/**
 * Route middleware on the public `find` routes: a site looking an article up by a slug it gave up
 * (`filters[slug][$eq]=old`) gets an empty list plus `meta.redirectTo` with the canonical slug.
 * Only misses pay for the extra lookup.
 */
export default (config: { uid?: SluggedType }, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as ListBody | undefined;
    const filters = ctx.query.filters as { slug?: { $eq?: unknown } } | undefined;
    const slug = filters?.slug?.$eq;
    if (
      !config.uid ||
      ctx.status !== 200 ||
      typeof slug !== 'string' ||
      !Array.isArray(body?.data) ||
      body.data.length > 0
    ) {
      return;
    }
    const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : DEFAULT_LOCALE;
    const found = await getService(strapi, 'slugs').resolve(config.uid, slug, locale);
    if (!found?.redirectTo) return;
    const meta: SlugRedirectMeta = { redirectTo: { slug: found.redirectTo, documentId: found.documentId, locale } };
    body.meta = { ...body.meta, ...meta };
  };
