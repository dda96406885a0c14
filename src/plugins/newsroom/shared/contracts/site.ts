import { z } from 'zod';
import { correctionViewSchema } from './corrections';
import { directionSchema } from './locale';

/**
 * The site reads of the content API (under /api/newsroom/site/:locale): what a news site's pages need, in a
 * fixed shape per route. Published documents only; fields and relations are chosen by the server (a client's
 * `populate` or `fields` is refused); lists are pages of 20, newest first, with no total count.
 * Every document with a `locale` also carries `dir` (added to all content-API responses).
 *
 * Each shape is a zod schema and its type is inferred from it, so the routes' OpenAPI response schemas
 * (site/routes.ts) and the server's and tests' types cannot drift apart.
 */

/** The fixed page size of every site list. */
export const SITE_PAGE_SIZE = 20;
/** Deepest page served: an offset costs a walk over every row before it. */
export const SITE_MAX_PAGE = 500;

/** An ISO 8601 time as Strapi serializes it. */
const isoTime = z.string().meta({ format: 'date-time' });
const topicKind = z.enum(['section', 'topic']);

/** A document shown inside another: enough to link to it. */
export const siteRefSchema = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
export type SiteRef = z.infer<typeof siteRefSchema>;

export const siteTopicRefSchema = siteRefSchema.extend({ kind: topicKind });
export type SiteTopicRef = z.infer<typeof siteTopicRefSchema>;

export const siteSourceRefSchema = siteRefSchema.extend({ kind: z.string(), homepageUrl: z.string().nullable() });
export type SiteSourceRef = z.infer<typeof siteSourceRefSchema>;

export const siteAuthorRefSchema = siteRefSchema.extend({ jobTitle: z.string().nullable() });
export type SiteAuthorRef = z.infer<typeof siteAuthorRefSchema>;

/** An article in a list (topic, author, search): list fields only, never the body. */
export const siteArticleSummarySchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  dir: directionSchema.optional(),
  title: z.string(),
  slug: z.string(),
  standfirst: z.string().nullable(),
  /** When this version was published (Strapi's stamp); lists are ordered by it, newest first. */
  publishedAt: isoTime,
  /** The story's own time (imported wire copy keeps the agency's). */
  originalPublishedAt: isoTime.nullable(),
  dateline: z.string().nullable(),
  wordCount: z.number().int(),
  /** Minutes. */
  readingTime: z.number().int(),
  authors: z.array(siteRefSchema),
});
export type SiteArticleSummary = z.infer<typeof siteArticleSummarySchema>;

/**
 * What a site writes into an article page's <head>: meta tags, canonical and hreflang links, and a schema.org
 * NewsArticle JSON-LD object (server/src/domain/outputs/article-seo.ts builds it; README, Structured data).
 */
export const siteSeoSchema = z.object({
  title: z.string(),
  description: z.string().nullable(),
  canonical: z.string(),
  robots: z.string(),
  /** `<meta name|property="…" content="…">`: description, robots, og:*, article:*, twitter:*. */
  meta: z.array(z.object({ name: z.string().optional(), property: z.string().optional(), content: z.string() })),
  /** `<link rel="canonical">` and `<link rel="alternate" hreflang="…">` for each language version and x-default. */
  links: z.array(
    z.object({ rel: z.enum(['canonical', 'alternate']), href: z.string(), hreflang: z.string().optional() }),
  ),
  /** For `<script type="application/ld+json">`: a schema.org NewsArticle (typed with schema-dts on the server). */
  jsonLd: z.record(z.string(), z.unknown()),
});
export type SiteSeo = z.infer<typeof siteSeoSchema>;

/** GET /site/:locale/articles/:slug */
export const siteArticleSchema = siteArticleSummarySchema.extend({
  /** Strapi blocks. */
  body: z.array(z.unknown()).nullable(),
  sourceUrl: z.string().nullable(),
  /**
   * The time of the last non-silent change published (update, correction, clarification), or null when the
   * story is as first published; a silent change never moves it. For schema.org `dateModified`.
   */
  dateModified: isoTime.nullable(),
  /** `dateModified`, or `publishedAt` when there is none. */
  updatedAt: isoTime,
  /** The public notes of the changes published since, oldest first (silent changes are not listed). */
  corrections: z.array(correctionViewSchema),
  authors: z.array(siteAuthorRefSchema),
  topics: z.array(siteTopicRefSchema),
  sources: z.array(siteSourceRefSchema),
  seo: siteSeoSchema,
});
export type SiteArticle = z.infer<typeof siteArticleSchema>;

export const siteArticleResponseSchema = z.object({ data: siteArticleSchema });
export type SiteArticleResponse = z.infer<typeof siteArticleResponseSchema>;

/** A page of a list: `hasMore` says whether `page + 1` has anything (there is no count). */
export const sitePageSchema = z.object({
  page: z.number().int().min(1).max(SITE_MAX_PAGE),
  pageSize: z.number().int(),
  hasMore: z.boolean(),
});
export type SitePage = z.infer<typeof sitePageSchema>;
const pageMeta = z.object({ pagination: sitePageSchema });

export const siteListResponseSchema = z.object({ data: z.array(siteArticleSummarySchema), meta: pageMeta });
export type SiteListResponse = z.infer<typeof siteListResponseSchema>;

export const siteTopicSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  dir: directionSchema.optional(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  kind: topicKind,
  colour: z.string().nullable(),
  parent: siteTopicRefSchema.nullable(),
  children: z.array(siteTopicRefSchema),
});
export type SiteTopic = z.infer<typeof siteTopicSchema>;

/** GET /site/:locale/topics/:slug: the topic, its children and its first page of articles. */
export const siteTopicResponseSchema = z.object({
  data: siteTopicSchema.extend({ articles: z.array(siteArticleSummarySchema) }),
  meta: pageMeta,
});
export type SiteTopicResponse = z.infer<typeof siteTopicResponseSchema>;

export const siteAuthorSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  dir: directionSchema.optional(),
  name: z.string(),
  slug: z.string(),
  jobTitle: z.string().nullable(),
  bio: z.string().nullable(),
});
export type SiteAuthor = z.infer<typeof siteAuthorSchema>;

/** GET /site/:locale/authors/:slug: the author and their first page of articles. */
export const siteAuthorResponseSchema = z.object({
  data: siteAuthorSchema.extend({ articles: z.array(siteArticleSummarySchema) }),
  meta: pageMeta,
});
export type SiteAuthorResponse = z.infer<typeof siteAuthorResponseSchema>;
