/** GET /api/newsroom/resolve/:type/:slug?locale=… — which published document a slug names. */
export const SLUG_TYPES = ['articles', 'authors', 'topics', 'sources'] as const;
export type SlugTypeName = (typeof SLUG_TYPES)[number];

export interface ResolvedSlug {
  type: SlugTypeName;
  documentId: string;
  locale: string;
  /** The slug the document answers to now. */
  slug: string;
  /** False when the slug asked for is a former one; the response is then a 301 to the canonical one. */
  canonical: boolean;
  redirectTo?: string;
}

export interface ResolveSlugResponse {
  data: ResolvedSlug;
}

/** Added to `meta` of a public list filtered by `filters[slug][$eq]` that found nothing under a former slug. */
export interface SlugRedirectMeta {
  redirectTo: { slug: string; documentId: string; locale: string };
}
