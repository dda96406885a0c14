import { z } from 'zod';
import { directionSchema } from './locale';

/** GET /api/newsroom/resolve/:type/:slug?locale=… — which published document a slug names. */
export const SLUG_TYPES = ['articles', 'authors', 'topics', 'sources'] as const;
export type SlugTypeName = (typeof SLUG_TYPES)[number];

export const resolvedSlugSchema = z.object({
  type: z.enum(SLUG_TYPES),
  documentId: z.string(),
  locale: z.string(),
  dir: directionSchema.optional(),
  /** The slug the document answers to now. */
  slug: z.string(),
  /** False when the slug asked for is a former one; the response is then a 301 to the canonical one. */
  canonical: z.boolean(),
  redirectTo: z.string().optional(),
});
export type ResolvedSlug = z.infer<typeof resolvedSlugSchema>;

export const resolveSlugResponseSchema = z.object({ data: resolvedSlugSchema });
export type ResolveSlugResponse = z.infer<typeof resolveSlugResponseSchema>;

/** Added to `meta` of a public list filtered by `filters[slug][$eq]` that found nothing under a former slug. */
export interface SlugRedirectMeta {
  redirectTo: { slug: string; documentId: string; locale: string };
}
