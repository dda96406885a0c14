import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { SLUG_TYPES, type ResolveSlugResponse } from '../../../shared/contracts/slugs';
import { getService } from '../get-service';
import { SLUGGED_TYPES, type SluggedType } from './service';
import { DEFAULT_LOCALE } from '../../../core/model';
import { localeCode, parse, type KoaContext } from '../http/requests';
import { notFound } from '../http/refusal';
import { noPublished } from './refusals';

const UID_BY_NAME = Object.fromEntries(
  Object.entries(SLUGGED_TYPES).map(([uid, { plural }]) => [plural, uid as SluggedType]),
) as Record<(typeof SLUG_TYPES)[number], SluggedType>;

/** The resolver's parameters (its route documents the same schemas: slugs/routes.ts). */
export const resolveRequest = z.object({
  type: z.enum(SLUG_TYPES),
  slug: z.string().min(1).max(2048),
  locale: localeCode.default(DEFAULT_LOCALE),
});

const slugsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** 200 for a current slug, 301 to the canonical URL for a former one, 404 otherwise. */
  async resolve(ctx: KoaContext) {
    const { type, slug, locale } = parse(resolveRequest, { ...ctx.params, locale: ctx.query.locale });
    const found = await getService(strapi, 'slugs').resolve(UID_BY_NAME[type], slug, locale);
    if (!found) throw notFound(noPublished(type, slug, locale));
    const body: ResolveSlugResponse = {
      data: {
        type,
        documentId: found.documentId,
        locale,
        slug: found.slug,
        canonical: !found.redirectTo,
        redirectTo: found.redirectTo,
      },
    };
    if (found.redirectTo) {
      ctx.status = 301;
      ctx.set('Location', `/api/newsroom/resolve/${type}/${encodeURIComponent(found.redirectTo)}?locale=${locale}`);
    }
    ctx.body = body;
  },
});

export default slugsController;
